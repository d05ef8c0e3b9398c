using Microsoft.Extensions.Time.Testing;
using Odp.Bot.Platforms.Slack.SocketMode;

namespace Odp.Bot.Tests.Platforms.Slack.SocketMode;

public sealed class SlackSocketModeBackoffTests
{
    [Fact]
    public void Next_RepeatedFailures_DoublesFromOneSecondUpToTheCap()
    {
        var backoff = new SlackSocketModeBackoff(new FakeTimeProvider(), () => 0);

        var delays = Enumerable.Range(0, 8).Select(_ => backoff.Next().TotalSeconds).ToList();

        Assert.Equal([1, 2, 4, 8, 16, 30, 30, 30], delays);
    }

    [Fact]
    public void Next_WithJitter_StretchesByAtMostAFifthAndNeverPastTheCap()
    {
        var backoff = new SlackSocketModeBackoff(new FakeTimeProvider(), () => 0.999);

        var delays = Enumerable.Range(0, 7).Select(_ => backoff.Next()).ToList();

        Assert.InRange(delays[0], TimeSpan.FromSeconds(1.19), TimeSpan.FromSeconds(1.2));
        Assert.InRange(delays[4], TimeSpan.FromSeconds(19.1), TimeSpan.FromSeconds(19.2));
        Assert.Equal(SlackSocketModeBackoff.Cap, delays[6]);
    }

    [Fact]
    public void Reset_AfterHello_StartsAgainFromOneSecond()
    {
        var backoff = new SlackSocketModeBackoff(new FakeTimeProvider(), () => 0);
        backoff.Next();
        backoff.Next();
        backoff.Next();

        backoff.Reset();

        Assert.Equal(SlackSocketModeBackoff.Initial, backoff.Next());
    }

    [Fact]
    public async Task WaitAsync_OnTheInjectedClock_EndsOnlyWhenThatTimePasses()
    {
        var time = new FakeTimeProvider();
        var backoff = new SlackSocketModeBackoff(time, () => 0);
        backoff.Next(); // the second failure waits 2s

        var wait = backoff.WaitAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMilliseconds(1999));
        Assert.False(wait.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));

        await wait.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task WaitAsync_Cancelled_Throws()
    {
        var backoff = new SlackSocketModeBackoff(new FakeTimeProvider(), () => 0);
        using var stop = new CancellationTokenSource();

        var wait = backoff.WaitAsync(stop.Token);
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
    }
}
