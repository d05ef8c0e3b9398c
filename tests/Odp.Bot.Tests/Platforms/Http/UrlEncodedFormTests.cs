using System.Text;
using Odp.Bot.Platforms.Http;

namespace Odp.Bot.Tests.Platforms.Http;

public sealed class UrlEncodedFormTests
{
    [Theory]
    [InlineData("text=search+churn", "text", "search churn")]
    [InlineData("text=search%20churn", "text", "search churn")]
    [InlineData("command=%2Fodp", "command", "/odp")]
    [InlineData("text=caf%C3%A9", "text", "café")]
    [InlineData("text=50%25+off", "text", "50% off")]
    [InlineData("text=a%2Bb", "text", "a+b")]
    [InlineData("text=%zz%4", "text", "%zz%4")]
    [InlineData("text=", "text", "")]
    [InlineData("ssl_check", "ssl_check", "")]
    [InlineData("&&text=x&&", "text", "x")]
    [InlineData("text=first&text=second", "text", "first")]
    [InlineData("re%73ponse_url=https%3A%2F%2Fhooks.slack.com%2Fx", "response_url", "https://hooks.slack.com/x")]
    [InlineData("text=%22quoted%22+%3D+%26", "text", "\"quoted\" = &")]
    public void Parse_SlackStyleBodies_DecodesLikeABrowser(string body, string field, string expected) =>
        Assert.Equal(expected, UrlEncodedForm.Parse(Encoding.ASCII.GetBytes(body))[field]);

    [Fact]
    public void Parse_EmptyBody_HasNoFields() => Assert.Empty(UrlEncodedForm.Parse([]));

    [Fact]
    public void Parse_LongValue_DecodesWholly()
    {
        var text = string.Concat(Enumerable.Repeat("reason with spaces & symbols ", 200));
        var form = UrlEncodedForm.Parse(Encoding.ASCII.GetBytes("text=" + Uri.EscapeDataString(text) + "&user_id=U1"));
        Assert.Equal(text, form["text"]);
        Assert.Equal("U1", form["user_id"]);
    }

    [Fact]
    public void Parse_InvalidUtf8_IsReplacedNotThrown() =>
        Assert.Equal("a\uFFFDb", UrlEncodedForm.Parse(Encoding.ASCII.GetBytes("text=a%FFb"))["text"]);

    [Fact]
    public void Parse_WantedFields_DecodesOnlyThoseEvenWhenTheirNameIsEncoded()
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal) { "user_id", "text" };

        var form = UrlEncodedForm.Parse(Encoding.ASCII.GetBytes("token=x&user%5Fid=U1&team_id=T1&text=search+churn&textual=no"), wanted);

        Assert.Equal(new Dictionary<string, string> { ["user_id"] = "U1", ["text"] = "search churn" }, form);
    }
}
