using Microsoft.Extensions.Logging.Abstractions;
using Odp.Bot.Conversation.Identity;
using Odp.Bot.Tests.Fakes;
using Odp.Engine.Directory;

namespace Odp.Bot.Tests.Conversation.Identity;

/// <summary>The email lookup behind every platform identity: bounded in time, failures remembered briefly.</summary>
public sealed class EmailIdentityTests
{
    private static readonly YamlDirectory Directory = YamlDirectory.Load(SourceTree.DemoDirectory);

    private readonly TimerWatchingTimeProvider time = new();
    private int lookups;

    private EmailIdentity Identity(Func<string, CancellationToken, Task<string?>> emailOf) =>
        new("Slack", Directory, (id, ct) =>
        {
            Interlocked.Increment(ref lookups);
            return emailOf(id, ct);
        }, (_, _) => Task.FromResult<string?>(null), time, TimeSpan.FromMinutes(10), NullLogger.Instance);

    [Fact]
    public async Task ToDirectoryAsync_PlatformNeverAnswers_SaysItCantBeReachedAfterTheTimeout()
    {
        var identity = Identity(async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return null;
        });
        var started = time.GetUtcNow();

        var match = identity.ToDirectoryAsync("U0ALICE", CancellationToken.None);
        await time.WaitForTimerAsync(EmailIdentity.LookupTimeout);
        Assert.False(match.IsCompleted);
        time.Advance(EmailIdentity.LookupTimeout);

        var answer = await match;
        Assert.Null(answer.User);
        Assert.Contains("can't reach Slack right now", answer.Problem);
        Assert.Equal(EmailIdentity.LookupTimeout, time.GetUtcNow() - started);
    }

    [Fact]
    public async Task ToDirectoryAsync_LookupFailed_IsNotAskedAgainWithinTheFailureTtl()
    {
        var identity = Identity((_, _) => throw new HttpRequestException("connection refused"));

        var first = await identity.ToDirectoryAsync("U0ALICE", CancellationToken.None);
        var second = await identity.ToDirectoryAsync("U0ALICE", CancellationToken.None);
        time.Advance(EmailIdentity.FailureTtl - TimeSpan.FromSeconds(1));
        await identity.ToDirectoryAsync("U0ALICE", CancellationToken.None);

        Assert.Equal(1, lookups);
        Assert.Contains("can't reach Slack", first.Problem);
        Assert.Equal(first, second);

        time.Advance(TimeSpan.FromSeconds(1));
        await identity.ToDirectoryAsync("U0ALICE", CancellationToken.None);
        Assert.Equal(2, lookups);
    }

    [Fact]
    public async Task ToDirectoryAsync_Found_IsKeptForTheUserCacheTtl()
    {
        var identity = Identity((_, _) => Task.FromResult<string?>("alice@example.com"));

        var match = await identity.ToDirectoryAsync("U0ALICE", CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(9));
        await identity.ToDirectoryAsync("U0ALICE", CancellationToken.None);

        Assert.Equal("alice", match.User?.Id);
        Assert.Equal(1, lookups);
    }

    [Fact]
    public async Task ToDirectoryAsync_ManyCommandsAtOnceWhileThePlatformHangs_OneLookup()
    {
        var identity = Identity(async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return null;
        });

        var matches = Enumerable.Range(0, 50).Select(_ => identity.ToDirectoryAsync("U0ALICE", CancellationToken.None)).ToList();
        await time.WaitForTimerAsync(EmailIdentity.LookupTimeout);
        time.Advance(EmailIdentity.LookupTimeout);

        Assert.All(await Task.WhenAll(matches), m => Assert.Contains("can't reach Slack", m.Problem));
        Assert.Equal(1, lookups);
    }

    [Fact]
    public async Task ToDirectoryAsync_AbsurdlyLongEmail_IsTreatedAsNone()
    {
        var identity = Identity((_, _) => Task.FromResult<string?>(new string('a', 1_000_000) + "@example.com"));

        var match = await identity.ToDirectoryAsync("U0ALICE", CancellationToken.None);

        Assert.Null(match.User);
        Assert.Contains("didn't share your email address", match.Problem);
    }
}
