using Odp.Bot.Platforms.Slack.Api;
using Odp.Engine.Integrations.Http;

namespace Odp.Bot.Tests.Platforms.Slack.Api;

/// <summary>HTTP 429 + Retry-After: that method waits (on fake time), other methods do not; retries are bounded.</summary>
public sealed class SlackApiClientRateLimitTests : IAsyncLifetime
{
    private const string PostMessage = "chat.postMessage";

    private SlackApiHarness h = null!;

    public async Task InitializeAsync() => h = await SlackApiHarness.StartAsync();

    public async Task DisposeAsync() => await h.DisposeAsync();

    private Task<SlackPosted> Post(string text) => h.Api.PostMessageAsync(SlackApiHarness.Channel, new SlackMessage(text), CancellationToken.None);

    [Fact]
    public async Task PostMessage_429WithRetryAfter_WaitsThatLongThenSendsAgain()
    {
        h.Slack.FailNext(PostMessage, count: 1, status: 429, retryAfterSeconds: 5);

        var call = Post("hello");
        await h.Slack.WaitForAsync(c => c.Method == PostMessage && c.Status == 429, SlackApiHarness.Timeout);
        await h.Time.WaitForTimerAsync(TimeSpan.FromSeconds(5));
        h.Time.Advance(TimeSpan.FromSeconds(4));
        Assert.False(call.IsCompleted);
        Assert.Single(h.Slack.Calls(PostMessage));
        h.Time.Advance(TimeSpan.FromSeconds(1));
        var posted = await call;

        Assert.Equal([429, 200], h.Slack.Calls(PostMessage).Select(c => c.Status));
        Assert.Equal("hello", Assert.Single(h.Slack.MessagesIn(posted.Channel)).Text);
    }

    [Fact]
    public async Task GetUser_WhilePostMessageIsRateLimited_IsNotDelayed()
    {
        h.Slack.FailNext(PostMessage, count: 1, status: 429, retryAfterSeconds: 30);
        var post = Post("later");
        await h.Time.WaitForTimerAsync(TimeSpan.FromSeconds(30));

        var user = await h.Api.GetUserAsync(SlackApiHarness.Owner, CancellationToken.None);

        Assert.Equal("Owen Owner", user.Name);
        Assert.False(post.IsCompleted);
        h.Time.Advance(TimeSpan.FromSeconds(30));
        await post;
    }

    [Fact]
    public async Task PostMessage_SecondCallerDuringRetryAfter_AlsoWaits()
    {
        h.Slack.FailNext(PostMessage, count: 1, status: 429, retryAfterSeconds: 10);
        var first = Post("first");
        await h.Time.WaitForTimerAsync(TimeSpan.FromSeconds(10));

        var second = Post("second");
        await h.Time.WaitForTimerAsync(TimeSpan.FromSeconds(10), occurrence: 2);
        Assert.Single(h.Slack.Calls(PostMessage));
        h.Time.Advance(TimeSpan.FromSeconds(10));
        await Task.WhenAll(first, second);

        Assert.Equal(3, h.Slack.Calls(PostMessage).Count);
        Assert.Equal(2, h.Slack.MessagesIn(SlackApiHarness.Channel).Count);
    }

    [Fact]
    public async Task PostMessage_429Forever_FailsRatelimitedAfterTheBound()
    {
        h.Slack.FailNext(PostMessage, count: 100, status: 429, retryAfterSeconds: 1);
        var bound = Backends.Defaults(Backends.Slack).MaxAttempts;

        var call = Post("never");
        for (var wait = 1; wait < bound; wait++)
        {
            await h.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1), occurrence: wait);
            h.Time.Advance(TimeSpan.FromSeconds(1));
        }

        var e = await Assert.ThrowsAsync<SlackApiException>(() => call);
        Assert.Equal("ratelimited", e.Error);
        Assert.Equal(bound, h.Slack.Calls(PostMessage).Count);
    }

    [Fact]
    public async Task PostMessage_RetryAfterBeyondMaxWait_FailsAtOnce()
    {
        h.Slack.FailNext(PostMessage, count: 1, status: 429, retryAfterSeconds: 3600);

        var e = await Assert.ThrowsAsync<SlackApiException>(() => Post("too late"));

        Assert.Equal("ratelimited", e.Error);
        Assert.Single(h.Slack.Calls(PostMessage));
    }

    [Fact]
    public async Task Respond_429_WaitsThenPostsOnce()
    {
        var url = h.Slack.NewResponseUrl();
        h.Slack.FailNext(Fakes.Slack.FakeSlackServer.ResponseUrlMethod, count: 1, status: 429, retryAfterSeconds: 2);

        var call = h.Api.RespondAsync(url, new SlackResponse("done"), CancellationToken.None);
        await h.Time.WaitForTimerAsync(TimeSpan.FromSeconds(2));
        h.Time.Advance(TimeSpan.FromSeconds(2));
        await call;

        Assert.Single(h.Slack.ResponsesTo(url));
    }
}
