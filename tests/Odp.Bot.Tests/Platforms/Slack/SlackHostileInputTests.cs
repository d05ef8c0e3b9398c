using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Odp.Bot.Platforms.Http;
using Odp.Bot.Platforms.Slack;
using Odp.Bot.Tests.Fakes.Slack;

namespace Odp.Bot.Tests.Platforms.Slack;

/// <summary>
/// Whatever reaches a Slack endpoint — of any size, any alphabet, malformed or undecodable — gets a 2xx or a 4xx that
/// says why, never a 5xx, and costs at most <see cref="RequestBody.MaxBytes"/> of reading.
/// </summary>
public sealed class SlackHostileInputTests : IAsyncLifetime
{
    private const string Form = "application/x-www-form-urlencoded";
    private SlackBot bot = null!;

    public async Task InitializeAsync() => bot = await SlackBot.StartAsync();

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Theory]
    [InlineData("/slack/commands")]
    [InlineData("/slack/interactivity")]
    [InlineData("/slack/events")]
    public async Task Endpoints_BodyPastTheLimit_Is413NamingTheLimit(string path)
    {
        var body = "text=" + new string('a', RequestBody.MaxBytes);

        var response = await bot.PostSignedAsync(path, Form, body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("at most 1,048,576 bytes", text);
        Assert.Contains("1,048,581", text);
    }

    [Fact]
    public async Task Commands_ChunkedBodyPastTheLimit_Is413NamingTheLimit()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/slack/commands")
        {
            Content = new StreamContent(new MemoryStream(new byte[3 * RequestBody.MaxBytes])),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(Form);
        request.Headers.TransferEncodingChunked = true;

        var response = await bot.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("at most 1,048,576 bytes; this one has more", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("%%%&&&===&user_id")]
    [InlineData("user_id=U0ALICE&text=%E2%82&text=%FF%FE")]
    [InlineData("user_id=%FF%FE&text=mine")]
    [InlineData("user_id=U0ALICE&text=%00%01%02help")]
    [InlineData("user_id=U0ALICE&text=help%20%ED%A0%80")]
    [InlineData("user_id=U0ALICE&command=%2Fodp&text=--%20--%3D%20%E2%80%94&response_url=javascript%3Aalert(1)")]
    public async Task Commands_MalformedOrUndecodableForm_NeverA5xx(string body)
    {
        var response = await bot.PostSignedAsync("/slack/commands", Form, body);

        Assert.InRange((int)response.StatusCode, 200, 499);
    }

    [Fact]
    public async Task Commands_TextFromEveryUnicodePlane_AnswersKindly()
    {
        var text = "help " + string.Concat(Enumerable.Range(0, 17).Select(plane => char.ConvertFromUtf32(plane == 0 ? 0x4E2D : (plane << 16) | 0x0041)))
            + "\u200F\u202E\uFEFF\uFFFD";

        var response = await bot.CommandAsync("U0ALICE", text);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("There is no command", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Commands_HugeText_AnswersKindlyWithinTheLimit()
    {
        var response = await bot.CommandAsync("U0ALICE", "help " + new string('x', 900_000));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("A command can be at most 25,000 characters; yours has 900,005.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Commands_HugeUserId_AnswersKindly()
    {
        var response = await bot.CommandAsync("U" + new string('X', 200_000), "mine");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("can't reach Slack", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Commands_ThousandsOfFields_AnswersNormally()
    {
        var junk = string.Concat(Enumerable.Range(0, 50_000).Select(i => $"f{i}=v&"));
        var body = junk + SlackBot.CommandBody("U0ALICE", "help", bot.Slack.NewResponseUrl());

        var response = await bot.PostSignedAsync("/slack/commands", Form, body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/odp search", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("{\"type\":\"block_actions\",\"user\":{\"id\":\"\\ud800\"}}")]
    [InlineData("{\"type\":\"block_actions\",\"\\udc00\":1,\"user\":{\"id\":\"U0ALICE\"}}")]
    [InlineData("{\"type\":\"\\ud83d\"}")]
    public async Task Interactivity_PayloadWithUndecodableStrings_Is400(string payload)
    {
        var response = await bot.PostSignedAsync("/slack/interactivity", Form, "payload=" + Uri.EscapeDataString(payload));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("valid Unicode", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("payload=" + "%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B%5B")]
    [InlineData("payload=%7B%22type%22%3A%22block_actions%22%2C%22actions%22%3A%5B%7B%22value%22%3A%7B%7D%7D%5D%7D")]
    [InlineData("payload=%7B%22type%22%3A%22block_actions%22%2C%22user%22%3A%22U0ALICE%22%2C%22actions%22%3A%22x%22%2C%22state%22%3A%7B%22values%22%3A%5B%5D%7D%7D")]
    [InlineData("payload=%FF%FE%7B%7D")]
    [InlineData("payload=")]
    public async Task Interactivity_MalformedPayload_NeverA5xx(string body)
    {
        var response = await bot.PostSignedAsync("/slack/interactivity", Form, body);

        Assert.InRange((int)response.StatusCode, 200, 499);
    }

    [Fact]
    public async Task Events_InvalidUtf8InAString_Is400()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"type\":\"url_verification\",\"challenge\":\"__\"}");
        bytes[^4] = 0xFF;
        bytes[^3] = 0xFE;
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/slack/events") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        request.Headers.Add(SlackSignature.TimestampHeader, timestamp);
        request.Headers.Add(SlackSignature.SignatureHeader, SlackSignature.Compute(SlackBot.Secret, timestamp, bytes));

        var response = await bot.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
