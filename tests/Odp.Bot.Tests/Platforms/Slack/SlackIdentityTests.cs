using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Odp.Bot.Conversation.Identity;
using Odp.Bot.Platforms.Slack;
using Odp.Bot.Platforms.Slack.Api;
using Odp.Bot.Tests.Fakes;
using Odp.Bot.Tests.Platforms.Slack.Api;
using Odp.Engine.Directory;

namespace Odp.Bot.Tests.Platforms.Slack;

/// <summary>
/// Who a Slack user is, through the real Web API client against a fake Slack on fake time: however <c>users.info</c>
/// fails (5xx, 429 with a long Retry-After, no answer at all), the lookup ends within
/// <see cref="EmailIdentity.LookupTimeout"/> on the clock, says Slack can't be reached, and isn't repeated for a while.
/// </summary>
public sealed class SlackIdentityTests : IAsyncLifetime
{
    private const string Alice = "U0ALICE";
    private SlackApiHarness harness = null!;
    private SlackIdentity identity = null!;

    public async Task InitializeAsync()
    {
        harness = await SlackApiHarness.StartAsync();
        harness.Slack.AddUser(Alice, "alice", "alice@example.com");
        identity = new SlackIdentity(harness.Api, YamlDirectory.Load(SourceTree.DemoDirectory), Options.Create(new SlackOptions()),
            harness.Time, NullLogger<SlackIdentity>.Instance);
    }

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task ToDirectoryAsync_UsersInfoAnswers5xx_RetriesWithinTheTimeoutThenSaysSlackCantBeReached()
    {
        harness.Slack.ServerErrorNext(SlackMethods.UsersInfo, 3);
        var started = harness.Time.GetUtcNow();

        var match = identity.ToDirectoryAsync(Alice, CancellationToken.None);
        await harness.Time.WaitForTimerAsync(TimeSpan.FromMilliseconds(250));
        harness.Time.Advance(TimeSpan.FromMilliseconds(250));
        await harness.Time.WaitForTimerAsync(TimeSpan.FromMilliseconds(500));
        harness.Time.Advance(TimeSpan.FromMilliseconds(500));

        Assert.Contains("can't reach Slack right now", (await match).Problem);
        Assert.True(harness.Time.GetUtcNow() - started <= EmailIdentity.LookupTimeout);
        Assert.Equal(3, harness.Slack.Calls(SlackMethods.UsersInfo).Count);
    }

    [Fact]
    public async Task ToDirectoryAsync_UsersInfoRateLimitedFor30s_GivesUpAtTheTimeoutNotTheRetryAfter()
    {
        harness.Slack.FailNext(SlackMethods.UsersInfo, status: 429, retryAfterSeconds: 30);
        var started = harness.Time.GetUtcNow();

        var match = identity.ToDirectoryAsync(Alice, CancellationToken.None);
        await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(30)); // the rate-limit gate's wait before a second send
        harness.Time.Advance(EmailIdentity.LookupTimeout);

        Assert.Contains("can't reach Slack right now", (await match).Problem);
        Assert.Equal(EmailIdentity.LookupTimeout, harness.Time.GetUtcNow() - started);
        Assert.Single(harness.Slack.Calls(SlackMethods.UsersInfo));
    }

    [Fact]
    public async Task ToDirectoryAsync_UsersInfoNeverAnswers_GivesUpAtTheTimeout()
    {
        harness.Slack.HangNext(SlackMethods.UsersInfo);
        var started = harness.Time.GetUtcNow();

        var match = identity.ToDirectoryAsync(Alice, CancellationToken.None);
        await harness.Slack.WaitForHeldCallAsync(SlackApiHarness.Timeout);
        await harness.Time.WaitForTimerAsync(EmailIdentity.LookupTimeout);
        Assert.False(match.IsCompleted);
        harness.Time.Advance(EmailIdentity.LookupTimeout);

        Assert.Contains("can't reach Slack right now", (await match).Problem);
        Assert.Equal(EmailIdentity.LookupTimeout, harness.Time.GetUtcNow() - started);
    }

    [Fact]
    public async Task ToDirectoryAsync_AfterAFailure_OneCallPerFailureTtlNotOnePerCommand()
    {
        harness.Slack.ErrorNext(SlackMethods.UsersInfo, "service_unavailable");

        for (var i = 0; i < 10; i++)
            Assert.Contains("can't reach Slack", (await identity.ToDirectoryAsync(Alice, CancellationToken.None)).Problem);
        Assert.Single(harness.Slack.Calls(SlackMethods.UsersInfo));

        harness.Time.Advance(EmailIdentity.FailureTtl);
        Assert.Equal("alice", (await identity.ToDirectoryAsync(Alice, CancellationToken.None)).User?.Id);
        Assert.Equal(2, harness.Slack.Calls(SlackMethods.UsersInfo).Count);
    }
}
