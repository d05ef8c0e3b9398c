using System.Text.Json.Nodes;
using Odp.Bot.Platforms.Slack.Api;
using Odp.Bot.Tests.Fakes.Slack;

namespace Odp.Bot.Tests.Platforms.Slack.Api;

/// <summary>The message methods against the fake Slack over loopback: what was sent and what came back.</summary>
public sealed class SlackApiClientMessageTests : IAsyncLifetime
{
    private SlackApiHarness h = null!;

    public async Task InitializeAsync() => h = await SlackApiHarness.StartAsync();

    public async Task DisposeAsync() => await h.DisposeAsync();

    private static JsonArray Blocks() => [new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = "*Ticket* T-1" } }];

    [Fact]
    public async Task PostMessage_TextAndBlocks_SendsJsonWithBotTokenAndReturnsChannelAndTs()
    {
        var posted = await h.Api.PostMessageAsync(SlackApiHarness.Channel, new SlackMessage("Ticket T-1", Blocks()), CancellationToken.None);

        var call = Assert.Single(h.Slack.Calls("chat.postMessage"));
        Assert.Equal("POST", call.HttpMethod);
        Assert.Equal("application/json; charset=utf-8", call.Headers["Content-Type"]);
        Assert.Equal("Bearer " + h.Slack.BotToken, call.Authorization);
        Assert.Equal(SlackApiHarness.Channel, call.Body["channel"]!.GetValue<string>());
        Assert.Equal("Ticket T-1", call.Body["text"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(Blocks(), call.Body["blocks"]));
        var message = Assert.Single(h.Slack.MessagesIn(SlackApiHarness.Channel));
        Assert.Equal(new SlackPosted(SlackApiHarness.Channel, message.Ts), posted);
        Assert.Matches(@"^\d{10}\.\d{6}$", posted.Ts);
    }

    [Fact]
    public async Task PostMessage_TextOnly_SendsNoBlocks()
    {
        await h.Api.PostMessageAsync(SlackApiHarness.Channel, new SlackMessage("hello"), CancellationToken.None);

        var call = Assert.Single(h.Slack.Calls("chat.postMessage"));
        Assert.False(call.Body.ContainsKey("blocks"));
    }

    [Fact]
    public async Task PostMessage_Twice_ReturnsIncreasingTs()
    {
        var first = await h.Api.PostMessageAsync(SlackApiHarness.Channel, new SlackMessage("one"), CancellationToken.None);
        var second = await h.Api.PostMessageAsync(SlackApiHarness.Channel, new SlackMessage("two"), CancellationToken.None);

        Assert.True(string.CompareOrdinal(first.Ts, second.Ts) < 0);
    }

    [Fact]
    public async Task UpdateMessage_PostedMessage_SendsChannelTsTextBlocksAndReplacesIt()
    {
        var posted = await h.Api.PostMessageAsync(SlackApiHarness.Channel, new SlackMessage("Provisioning…"), CancellationToken.None);

        await h.Api.UpdateMessageAsync(posted.Channel, posted.Ts, new SlackMessage("Ready", Blocks()), CancellationToken.None);

        var call = Assert.Single(h.Slack.Calls("chat.update"));
        Assert.Equal("Bearer " + h.Slack.BotToken, call.Authorization);
        Assert.Equal(posted.Channel, call.Body["channel"]!.GetValue<string>());
        Assert.Equal(posted.Ts, call.Body["ts"]!.GetValue<string>());
        Assert.Equal("Ready", call.Body["text"]!.GetValue<string>());
        var message = Assert.Single(h.Slack.MessagesIn(SlackApiHarness.Channel));
        Assert.Equal("Ready", message.Text);
        Assert.True(JsonNode.DeepEquals(Blocks(), message.Blocks));
        Assert.Equal(1, message.Edits);
    }

    [Fact]
    public async Task PostEphemeral_ToUserInChannel_SendsChannelUserAndText()
    {
        await h.Api.PostEphemeralAsync(SlackApiHarness.Channel, SlackApiHarness.Analyst, new SlackMessage("only you", Blocks()), CancellationToken.None);

        var call = Assert.Single(h.Slack.Calls("chat.postEphemeral"));
        Assert.Equal("Bearer " + h.Slack.BotToken, call.Authorization);
        Assert.Equal(SlackApiHarness.Channel, call.Body["channel"]!.GetValue<string>());
        Assert.Equal(SlackApiHarness.Analyst, call.Body["user"]!.GetValue<string>());
        Assert.Equal("only you", call.Body["text"]!.GetValue<string>());
        var ephemeral = Assert.Single(h.Slack.Ephemerals);
        Assert.Equal(SlackApiHarness.Analyst, ephemeral.User);
        Assert.Empty(h.Slack.Messages);
    }

    [Fact]
    public async Task OpenDirectMessage_SameUserTwice_ReturnsOneStableDmChannel()
    {
        var first = await h.Api.OpenDirectMessageAsync(SlackApiHarness.Owner, CancellationToken.None);
        var second = await h.Api.OpenDirectMessageAsync(SlackApiHarness.Owner, CancellationToken.None);

        Assert.StartsWith("D", first);
        Assert.Equal(first, second);
        var call = h.Slack.Calls("conversations.open")[0];
        Assert.Equal(SlackApiHarness.Owner, call.Body["users"]!.GetValue<string>());
        Assert.Equal("Bearer " + h.Slack.BotToken, call.Authorization);
    }

    [Fact]
    public async Task PostMessage_ToOpenedDm_LandsInThatDm()
    {
        var dm = await h.Api.OpenDirectMessageAsync(SlackApiHarness.Owner, CancellationToken.None);

        var posted = await h.Api.PostMessageAsync(dm, new SlackMessage("Approve?"), CancellationToken.None);

        Assert.Equal(dm, posted.Channel);
        Assert.Equal("Approve?", Assert.Single(h.Slack.MessagesIn(dm)).Text);
    }

    [Fact]
    public async Task Respond_ToResponseUrl_PostsJsonWithoutAuthorization()
    {
        var url = h.Slack.NewResponseUrl();

        await h.Api.RespondAsync(url, new SlackResponse("Approved", Blocks(), "in_channel", ReplaceOriginal: true), CancellationToken.None);

        var call = Assert.Single(h.Slack.Calls(FakeSlackServer.ResponseUrlMethod));
        Assert.Null(call.Authorization);
        Assert.Equal("application/json; charset=utf-8", call.Headers["Content-Type"]);
        var body = Assert.Single(h.Slack.ResponsesTo(url));
        Assert.Equal("Approved", body["text"]!.GetValue<string>());
        Assert.Equal("in_channel", body["response_type"]!.GetValue<string>());
        Assert.True(body["replace_original"]!.GetValue<bool>());
        Assert.True(JsonNode.DeepEquals(Blocks(), body["blocks"]));
    }

    [Fact]
    public async Task Respond_SixthPostToOneUrl_FailsWithUsedUrl()
    {
        var url = h.Slack.NewResponseUrl();
        for (var i = 0; i < 5; i++)
        {
            await h.Api.RespondAsync(url, new SlackResponse($"update {i}"), CancellationToken.None);
        }

        var e = await Assert.ThrowsAsync<SlackApiException>(() => h.Api.RespondAsync(url, new SlackResponse("one too many"), CancellationToken.None));

        Assert.Equal("used_url", e.Error);
        Assert.Equal(5, h.Slack.ResponsesTo(url).Count);
    }

    [Fact]
    public async Task OpenSocketConnection_UsesAppTokenAndReturnsTheUrl()
    {
        h.Slack.SocketModeUrl = "wss://127.0.0.1:1234/link/?ticket=abc";

        var url = await h.Api.OpenSocketConnectionAsync(CancellationToken.None);

        Assert.Equal(new Uri("wss://127.0.0.1:1234/link/?ticket=abc"), url);
        var call = Assert.Single(h.Slack.Calls("apps.connections.open"));
        Assert.Equal("Bearer " + h.Slack.AppToken, call.Authorization);
    }
}
