using System.Text.Json.Nodes;
using Odp.Bot.Cards.Templating;

namespace Odp.Bot.Tests.Cards.Templating;

public sealed class CardTemplateTests
{
    private static JsonNode Expand(string template, string data) =>
        CardTemplate.Parse("test", template).Expand(JsonNode.Parse(data));

    private static string ExpandText(string expression, string data) =>
        Expand($$"""{"text": "{{expression}}"}""", data)["text"]?.ToJsonString() ?? "<removed>";

    [Fact]
    public void Expand_WhenFalse_RemovesElement()
    {
        var result = Expand("""{"items": [{"a": 1, "$when": "${show}"}, {"b": 2}]}""", """{"show": false}""");

        Assert.Equal("""{"items":[{"b":2}]}""", result.ToJsonString());
    }

    [Fact]
    public void Expand_WhenMissingProperty_RemovesElement()
    {
        var result = Expand("""{"items": [{"a": 1, "$when": "${exists(x)}"}]}""", "{}");

        Assert.Equal("""{"items":[]}""", result.ToJsonString());
    }

    [Fact]
    public void Expand_DataArray_RepeatsWithIndex()
    {
        var result = Expand(
            """{"items": [{"$data": "${people}", "text": "${$index}: ${name}"}]}""",
            """{"people": [{"name": "Ann"}, {"name": "Bob"}]}""");

        Assert.Equal("""{"items":[{"text":"0: Ann"},{"text":"1: Bob"}]}""", result.ToJsonString());
    }

    [Fact]
    public void Expand_DataArrayOfStrings_BindsDollarData()
    {
        var result = Expand("""{"items": [{"$data": "${tags}", "text": "#${$data}"}]}""", """{"tags": ["a", "b"]}""");

        Assert.Equal("""{"items":[{"text":"#a"},{"text":"#b"}]}""", result.ToJsonString());
    }

    [Fact]
    public void Expand_DataMissing_DropsElement()
    {
        var result = Expand("""{"actions": [{"$data": "${actions}", "title": "${title}"}, {"title": "x"}]}""", "{}");

        Assert.Equal("""{"actions":[{"title":"x"}]}""", result.ToJsonString());
    }

    [Fact]
    public void Expand_NestedScopes_UseInnerDataAndRoot()
    {
        var result = Expand(
            """{"$data": "${ticket}", "items": [{"$data": "${events}", "text": "${ticket.id}/${$root.ticket.id} ${to} by ${by}"}]}""",
            """{"ticket": {"id": "ODP-1", "events": [{"to": "Pending", "by": "ann"}]}}""");

        Assert.Equal("""{"items":[{"text":"/ODP-1 Pending by ann"}]}""", result.ToJsonString());
    }

    [Fact]
    public void Expand_WholeStringExpression_KeepsJsonType()
    {
        var result = Expand("""{"n": "${n}", "b": "${b}", "a": "${a}", "s": "${n} "}""", """{"n": 3, "b": true, "a": [1]}""");

        Assert.Equal("""{"n":3,"b":true,"a":[1],"s":"3 "}""", result.ToJsonString());
    }

    [Fact]
    public void Expand_WholeStringNull_RemovesProperty()
    {
        var result = Expand("""{"x": "${missing}", "y": "a${missing}b"}""", "{}");

        Assert.Equal("""{"y":"ab"}""", result.ToJsonString());
    }

    [Theory]
    [InlineData("${if(n > 1, 'many', 'one')}", "\"many\"")]
    [InlineData("${count(list)}", "3")]
    [InlineData("${count(missing)}", "0")]
    [InlineData("${empty(list)}", "false")]
    [InlineData("${empty(none)}", "true")]
    [InlineData("${exists(n)}", "true")]
    [InlineData("${exists(nothing)}", "false")]
    [InlineData("${join(list, ', ')}", "\"a, b, c\"")]
    [InlineData("${concat(s, '-', n)}", "\"x-2\"")]
    [InlineData("${toUpper(s)}", "\"X\"")]
    [InlineData("${toLower('AbC')}", "\"abc\"")]
    [InlineData("${not(flag)}", "false")]
    [InlineData("${list[1]}", "\"b\"")]
    [InlineData("${obj.inner.v}", "7")]
    [InlineData("${obj['inner'].v}", "7")]
    [InlineData("${n == 2 && s != 'y'}", "true")]
    [InlineData("${n < 2 || n >= 3}", "false")]
    [InlineData("${!(n <= 2)}", "false")]
    [InlineData("${s == \\\"x\\\"}", "true")]
    [InlineData("${null == missing}", "true")]
    [InlineData("${1.5}", "1.5")]
    public void Expand_Expression_Evaluates(string expression, string expected)
    {
        const string data = """{"n": 2, "s": "x", "flag": true, "list": ["a", "b", "c"], "none": [], "obj": {"inner": {"v": 7}}}""";

        Assert.Equal(expected, ExpandText(expression, data));
    }

    [Theory]
    [InlineData("${nope(1)}", "nope(1)")]
    [InlineData("${a ==}", "a ==")]
    [InlineData("${(a}", "(a")]
    [InlineData("text ${a", "${a")]
    [InlineData("${'x' < 1}", "'x' < 1")]
    public void Expand_BadExpression_ThrowsNamingTemplateAndExpression(string text, string expression)
    {
        var ex = Assert.Throws<CardTemplateException>(() => ExpandText(text, "{}"));

        Assert.Equal("test", ex.Template);
        Assert.Equal(expression, ex.Expression);
        Assert.Contains("'test'", ex.Message);
    }

    [Fact]
    public void Parse_SyntaxErrorWhereNothingExpands_FailsWhenLoaded()
    {
        var ex = Assert.Throws<CardTemplateException>(() =>
            CardTemplate.Parse("test", """{"items": [{"$when": "${false}", "text": "${join(a,}"}]}"""));

        Assert.Equal("join(a,", ex.Expression);
    }

    [Fact]
    public void Parse_InvalidJson_ThrowsCardTemplateException()
    {
        var ex = Assert.Throws<CardTemplateException>(() => CardTemplate.Parse("broken", "{"));

        Assert.Equal("broken", ex.Template);
    }
}
