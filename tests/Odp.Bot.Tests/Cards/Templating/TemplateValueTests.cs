using System.Text.Json.Nodes;
using Odp.Bot.Cards.Templating;

namespace Odp.Bot.Tests.Cards.Templating;

public sealed class TemplateValueTests
{
    private static string Expand(string template, TemplateValue data) =>
        CardTemplate.Parse("test", template).Expand(data).ToJsonString();

    [Fact]
    public void Expand_TemplateObjectData_ReadLikeTheSameJson()
    {
        var data = new TemplateObject(
            ("name", "orders"),
            ("shown", 2),
            ("ok", true),
            ("none", TemplateValue.Null),
            ("tags", TemplateValue.List(["pii", "gold"])),
            ("items", TemplateValue.List(new[] { "a", "b" }, t => new TemplateObject(("id", t)))));
        const string template = """
            {"a": "${name} ${shown} ${ok}", "b": "${shown}", "c": "${join(tags, '-')}", "d": "${items[1].id}",
             "e": "${count(items)}", "f": "${none}", "g": "${exists(none)}", "h": [{"$data": "${items}", "t": "${$index}:${id}"}]}
            """;
        const string json = """
            {"name": "orders", "shown": 2, "ok": true, "none": null, "tags": ["pii", "gold"], "items": [{"id": "a"}, {"id": "b"}]}
            """;

        Assert.Equal(Expand(template, TemplateJson.From(JsonNode.Parse(json))), Expand(template, data));
        Assert.Equal(
            """{"a":"orders 2 true","b":2,"c":"pii-gold","d":"b","e":2,"g":false,"h":[{"t":"0:a"},{"t":"1:b"}]}""",
            Expand(template, data));
    }

    [Fact]
    public void Expand_JsonNumbers_KeepTheirTextComputedOnesAreShortest()
    {
        var result = Expand("""{"n": "${n}", "sum": "${n + 1}", "whole": "${n + 0.5}", "text": "${n}!"}""", TemplateJson.From(JsonNode.Parse("""{"n": 1.50}""")));

        Assert.Equal("""{"n":1.50,"sum":2.5,"whole":2,"text":"1.5!"}""", result);
    }

    [Fact]
    public void Expand_ObjectInText_CompactJsonEscapedAsJsonNodeDoes()
    {
        var data = JsonNode.Parse("""{"o": {"a": "<b> & 'c'", "n": [1, null]}}""");

        var result = CardTemplate.Parse("test", """{"t": "x${o}"}""").Expand(data)["t"]!.GetValue<string>();

        Assert.Equal("x" + data!["o"]!.ToJsonString(), result);
    }

    [Fact]
    public void Indexer_SameNameTwice_FirstWins()
    {
        var obj = new TemplateObject(("a", "first"), ("a", "second"));

        Assert.Equal("first", obj["a"].ToString());
        Assert.True(obj["missing"].ToString() is "");
    }

    [Fact]
    public void FromAndToNode_Json_RoundTrips()
    {
        var json = JsonNode.Parse("""{"s": "x", "n": 1e3, "i": -4, "b": false, "z": null, "a": [{"k": [true]}, "y"]}""");

        Assert.Equal(json!.ToJsonString(), TemplateJson.ToNode(TemplateJson.From(json))!.ToJsonString());
    }
}
