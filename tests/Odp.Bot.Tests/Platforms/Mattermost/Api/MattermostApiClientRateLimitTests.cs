using Odp.Bot.Platforms.Mattermost.Api;
using Odp.Engine.Integrations.Http;

namespace Odp.Bot.Tests.Platforms.Mattermost.Api;

/// <summary>HTTP 429: waits <c>Retry-After</c> or <c>X-Ratelimit-Reset</c> seconds on fake time, per operation, within bounds.</summary>
public sealed class MattermostApiClientRateLimitTests : IAsyncLifetime
{
    private const string CreatePost = MattermostOperations.CreatePost;

    private MattermostApiHarness h = null!;

    public async Task InitializeAsync() => h = await MattermostApiHarness.StartAsync();

    public async Task DisposeAsync() => await h.DisposeAsync();

    private Task<string> Post(string text) => h.Api.CreatePostAsync(new MattermostPost(MattermostApiHarness.Channel, text), CancellationToken.None);

    [Fact]
    public async Task CreatePost_429WithRetryAfter_WaitsThatLongThenPostsOnce()
    {
        h.Mattermost.FailNext(CreatePost, count: 1, status: 429, retryAfterSeconds: 5, resetSeconds: 1);

        var call = Post("hello");
        await h.Mattermost.WaitForAsync(c => c.Operation == CreatePost && c.Status == 429, MattermostApiHarness.Timeout);
        await h.Time.WaitForTimerAsync(TimeSpan.FromSeconds(5));
        h.Time.Advance(TimeSpan.FromSeconds(4));
        Assert.False(call.IsCompleted);
        Assert.Single(h.Mattermost.Calls(CreatePost));
        h.Time.Advance(TimeSpan.FromSeconds(1));
        var id = await call;

        Assert.Equal([429, 201], h.Mattermost.Calls(CreatePost).Select(c => c.Status));
        Assert.Equal(id, Assert.Single(h.Mattermost.Posts).Id);
    }

    [Fact]
    public async Task GetUser_429WithOnlyRateLimitReset_WaitsUntilTheReset()
    {
        h.Mattermost.FailNext(MattermostOperations.GetUser, count: 1, status: 429, retryAfterSeconds: null, resetSeconds: 7);

        var call = h.Api.GetUserAsync(MattermostApiHarness.Analyst, CancellationToken.None);
        await h.Time.WaitForTimerAsync(TimeSpan.FromSeconds(7));
        Assert.False(call.IsCompleted);
        h.Time.Advance(TimeSpan.FromSeconds(7));
        var user = await call;

        Assert.Equal("ana", user.Username);
        Assert.Equal([429, 200], h.Mattermost.Calls(MattermostOperations.GetUser).Select(c => c.Status));
    }

    [Fact]
    public async Task GetUser_WhileCreatePostIsRateLimited_IsNotDelayed()
    {
        h.Mattermost.FailNext(CreatePost, count: 1, status: 429, retryAfterSeconds: 30);
        var post = Post("later");
        await h.Time.WaitForTimerAsync(TimeSpan.FromSeconds(30));

        var user = await h.Api.GetUserAsync(MattermostApiHarness.Owner, CancellationToken.None);

        Assert.Equal("owen", user.Username);
        Assert.False(post.IsCompleted);
        h.Time.Advance(TimeSpan.FromSeconds(30));
        await post;
    }

    [Fact]
    public async Task CreatePost_429Forever_FailsRatelimitedAfterTheBound()
    {
        h.Mattermost.FailNext(CreatePost, count: 100, status: 429, retryAfterSeconds: 1);
        var bound = Backends.Defaults(Backends.Mattermost).MaxAttempts;

        var call = Post("never");
        for (var wait = 1; wait < bound; wait++)
        {
            await h.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1), occurrence: wait);
            h.Time.Advance(TimeSpan.FromSeconds(1));
        }

        var e = await Assert.ThrowsAsync<MattermostApiException>(() => call);
        Assert.Equal((CreatePost, 0, "ratelimited"), (e.Operation, e.Status, e.Id));
        Assert.Equal(bound, h.Mattermost.Calls(CreatePost).Count);
        Assert.Empty(h.Mattermost.Posts);
    }

    [Fact]
    public async Task CreatePost_RetryAfterBeyondMaxWait_FailsAtOnce()
    {
        h.Mattermost.FailNext(CreatePost, count: 1, status: 429, retryAfterSeconds: 3600);

        var e = await Assert.ThrowsAsync<MattermostApiException>(() => Post("too late"));

        Assert.Equal("ratelimited", e.Id);
        Assert.Single(h.Mattermost.Calls(CreatePost));
    }
}
