using System.Net;
using System.Text.Json.Nodes;
using Odp.Bot.Tests.Fakes.Slack;

namespace Odp.Bot.Tests.Platforms.Slack;

/// <summary>The Slack endpoints refuse what Slack didn't sign and never answer malformed input with a 5xx.</summary>
public sealed class SlackEndpointTests : IAsyncLifetime
{
    private SlackBot bot = null!;

    public async Task InitializeAsync() => bot = await SlackBot.StartAsync();

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task Commands_SignedSearch_AnswersInTheAckWithBlocks()
    {
        var response = await bot.CommandAsync("U0ALICE", "search churn");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ack = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("ephemeral", ack["response_type"]!.GetValue<string>());
        Assert.Contains("lake.marketing.customer_churn", ack["blocks"]!.ToJsonString());
        Assert.False(string.IsNullOrEmpty(ack["text"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("wrong secret", 0)]
    [InlineData("stale", -360)]
    [InlineData("from the future", 360)]
    public async Task Commands_NotSignedBySlackNow_Is401AndNothingHappens(string why, int skewSeconds)
    {
        var body = "user_id=U0ALICE&command=%2Fodp&text=request+lake.sales.orders+--reason+%22Q3+churn+model%22&response_url=http%3A%2F%2F127.0.0.1%2Fx";
        var response = await bot.PostSignedAsync("/slack/commands", "application/x-www-form-urlencoded", body,
            DateTimeOffset.UtcNow.AddSeconds(skewSeconds), why == "wrong secret" ? "not-the-secret" : SlackBot.Secret);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await bot.IdleAsync();
        Assert.Empty(bot.Slack.AllCalls);
        Assert.Null(await bot.TicketAsync("ODP-1"));
    }

    [Fact]
    public async Task Commands_ReplayedAfterTheWindow_Is401()
    {
        var body = "user_id=U0ALICE&command=%2Fodp&text=mine";
        var captured = DateTimeOffset.UtcNow.AddMinutes(-10);

        var replay = await bot.PostSignedAsync("/slack/commands", "application/x-www-form-urlencoded", body, captured);

        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
    }

    [Fact]
    public async Task Commands_Unsigned_Is401()
    {
        var response = await bot.Client.PostAsync("/slack/commands",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["user_id"] = "U0ALICE", ["text"] = "mine" }));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/slack/commands", "application/json", "{\"user_id\":\"U0ALICE\"}")]
    [InlineData("/slack/commands", "application/x-www-form-urlencoded", "text=mine")]
    [InlineData("/slack/interactivity", "application/x-www-form-urlencoded", "payload=%7Bnot+json")]
    [InlineData("/slack/interactivity", "application/x-www-form-urlencoded", "nothing=here")]
    [InlineData("/slack/interactivity", "application/x-www-form-urlencoded", "payload=%7B%22type%22%3A%22block_actions%22%7D")]
    [InlineData("/slack/events", "application/json", "{not json")]
    public async Task Endpoints_MalformedButSigned_Are400(string path, string contentType, string body)
    {
        var response = await bot.PostSignedAsync(path, contentType, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Events_UrlVerification_EchoesTheChallenge()
    {
        var response = await bot.PostSignedAsync("/slack/events", "application/json",
            "{\"token\":\"x\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\",\"type\":\"url_verification\"}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
            JsonNode.Parse(await response.Content.ReadAsStringAsync())!["challenge"]!.GetValue<string>());
    }

    [Fact]
    public async Task Commands_UserNotInTheDirectory_GetsAnEphemeralSayingWhatToAskAnAdmin()
    {
        var response = await bot.CommandAsync("U0STRANGER", "mine");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ack = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("ephemeral", ack["response_type"]!.GetValue<string>());
        Assert.Contains("stranger@elsewhere.test", ack["text"]!.GetValue<string>());
        Assert.Contains("Ask an admin", ack["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Commands_BadInput_IsAKindEphemeralUsage()
    {
        var response = await bot.CommandAsync("U0ALICE", "request lake.sales.orders");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("needs --reason", await response.Content.ReadAsStringAsync());
    }
}
