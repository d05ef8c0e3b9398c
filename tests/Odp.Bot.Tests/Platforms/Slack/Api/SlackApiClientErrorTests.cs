using System.Text.Json.Nodes;
using Odp.Bot.Platforms.Slack.Api;
using Odp.Bot.Tests.Fakes.Slack;
using Odp.Engine.Integrations.Http;

namespace Odp.Bot.Tests.Platforms.Slack.Api;

/// <summary><c>ok:false</c>, HTTP errors, and which methods are retried after a 5xx (never the posting ones).</summary>
public sealed class SlackApiClientErrorTests : IAsyncLifetime
{
    private static readonly TimeSpan FirstBackoff = Backends.Defaults(Backends.Slack).BaseDelay;

    private SlackApiHarness h = null!;

    public async Task InitializeAsync() => h = await SlackApiHarness.StartAsync();

    public async Task DisposeAsync() => await h.DisposeAsync();

    [Fact]
    public async Task PostMessage_UnknownChannel_ThrowsWithSlacksCode()
    {
        var e = await Assert.ThrowsAsync<SlackApiException>(
            () => h.Api.PostMessageAsync("C0NOWHERE1", new SlackMessage("hi"), CancellationToken.None));

        Assert.Equal("chat.postMessage", e.Method);
        Assert.Equal("channel_not_found", e.Error);
    }

    [Fact]
    public async Task PostMessage_MissingScope_ThrowsWithNeededAndProvided()
    {
        h.Slack.ErrorNext("chat.postMessage", "missing_scope", new JsonObject { ["needed"] = "chat:write", ["provided"] = "users:read" });

        var e = await Assert.ThrowsAsync<SlackApiException>(
            () => h.Api.PostMessageAsync(SlackApiHarness.Channel, new SlackMessage("hi"), CancellationToken.None));

        Assert.Equal("missing_scope", e.Error);
        Assert.Contains("needed: chat:write", e.Message);
        Assert.Contains("provided: users:read", e.Message);
    }

    [Fact]
    public async Task PostMessage_WrongBotToken_ThrowsInvalidAuthWithoutLeakingTheToken()
    {
        h.Slack.BotToken = "xoxb-the-real-one";

        var e = await Assert.ThrowsAsync<SlackApiException>(
            () => h.Api.PostMessageAsync(SlackApiHarness.Channel, new SlackMessage("hi"), CancellationToken.None));

        Assert.Equal("invalid_auth", e.Error);
        Assert.DoesNotContain("xoxb", e.Message);
    }

    [Fact]
    public async Task PostMessage_ServerError_FailsAfterExactlyOneCall()
    {
        h.Slack.ServerErrorNext("chat.postMessage", count: 5);

        var e = await Assert.ThrowsAsync<SlackApiException>(
            () => h.Api.PostMessageAsync(SlackApiHarness.Channel, new SlackMessage("once"), CancellationToken.None));

        Assert.Equal("http_500", e.Error);
        Assert.Single(h.Slack.Calls("chat.postMessage"));
        Assert.Equal(0, h.Time.TimersCreated(FirstBackoff));
    }

    [Fact]
    public async Task PostEphemeral_ServerError_FailsAfterExactlyOneCall()
    {
        h.Slack.ServerErrorNext("chat.postEphemeral", count: 5);

        var e = await Assert.ThrowsAsync<SlackApiException>(
            () => h.Api.PostEphemeralAsync(SlackApiHarness.Channel, SlackApiHarness.Analyst, new SlackMessage("once"), CancellationToken.None));

        Assert.Equal("http_500", e.Error);
        Assert.Single(h.Slack.Calls("chat.postEphemeral"));
    }

    [Fact]
    public async Task Respond_ServerError_FailsAfterExactlyOneCall()
    {
        var url = h.Slack.NewResponseUrl();
        h.Slack.ServerErrorNext(FakeSlackServer.ResponseUrlMethod, count: 5);

        var e = await Assert.ThrowsAsync<SlackApiException>(() => h.Api.RespondAsync(url, new SlackResponse("once"), CancellationToken.None));

        Assert.Equal("http_500", e.Error);
        Assert.Single(h.Slack.Calls(FakeSlackServer.ResponseUrlMethod));
    }

    [Fact]
    public async Task GetUser_ServerErrorThenSuccess_RetriesAfterBackoff()
    {
        h.Slack.ServerErrorNext("users.info");

        var call = h.Api.GetUserAsync(SlackApiHarness.Analyst, CancellationToken.None);
        await h.Time.WaitForTimerAsync(FirstBackoff);
        Assert.False(call.IsCompleted);
        h.Time.Advance(FirstBackoff);
        var user = await call;

        Assert.Equal("Ana Lyst", user.Name);
        Assert.Equal([500, 200], h.Slack.Calls("users.info").Select(c => c.Status));
    }

    [Fact]
    public async Task UpdateMessage_ServerErrorsBeyondRetries_FailsAfterBoundedAttempts()
    {
        var posted = await h.Api.PostMessageAsync(SlackApiHarness.Channel, new SlackMessage("v1"), CancellationToken.None);
        h.Slack.ServerErrorNext("chat.update", count: 10);

        var call = h.Api.UpdateMessageAsync(posted.Channel, posted.Ts, new SlackMessage("v2"), CancellationToken.None);
        await h.Time.WaitForTimerAsync(FirstBackoff);
        h.Time.Advance(FirstBackoff);
        await h.Time.WaitForTimerAsync(FirstBackoff * 2);
        h.Time.Advance(FirstBackoff * 2);
        var e = await Assert.ThrowsAsync<SlackApiException>(() => call);

        Assert.Equal("http_500", e.Error);
        Assert.Equal(Backends.Defaults(Backends.Slack).MaxAttempts, h.Slack.Calls("chat.update").Count);
        Assert.Equal("v1", Assert.Single(h.Slack.Messages).Text);
    }

    [Fact]
    public async Task OpenSocketConnection_BotTokenAsAppToken_ThrowsNotAllowedTokenType()
    {
        h.Slack.AppToken = "xapp-another";
        h.Slack.BotToken = "xapp-fake-app-token";

        var e = await Assert.ThrowsAsync<SlackApiException>(() => h.Api.OpenSocketConnectionAsync(CancellationToken.None));

        Assert.Equal("not_allowed_token_type", e.Error);
    }
}
