using Microsoft.Extensions.Time.Testing;
using Odp.Bot.Api.Auth;

namespace Odp.Bot.Tests.Api.Auth;

/// <summary>A full counter stays protective: keys it can't hold share one overflow window; nothing grows.</summary>
public sealed class FixedWindowCounterTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Take_WhenTheTableIsFull_NewKeysShareOneOverflowWindowWithTheSameLimit()
    {
        var counter = new FixedWindowCounter(limit: 2, TimeSpan.FromMinutes(1), time, maxEntries: 3, maxBytes: 1_000_000);
        foreach (var key in new[] { "a", "b", "c" }) counter.Take(key);

        counter.Take("new-1");
        counter.Take("new-2");

        Assert.Equal(TimeSpan.FromMinutes(1), counter.Wait("new-3"));
        Assert.Equal(TimeSpan.FromMinutes(1), counter.Wait("new-1"));
        Assert.Equal(TimeSpan.Zero, counter.Wait("a"));
        Assert.Equal(3, counter.Entries);
    }

    [Fact]
    public void Wait_AfterTheWindowsEnd_RoomFreesUpAndNewKeysGetTheirOwnWindow()
    {
        var counter = new FixedWindowCounter(limit: 1, TimeSpan.FromMinutes(1), time, maxEntries: 2, maxBytes: 1_000_000);
        counter.Take("a");
        counter.Take("b");
        counter.Take("new-1");
        Assert.True(counter.Wait("new-2") > TimeSpan.Zero);

        time.Advance(TimeSpan.FromMinutes(1));
        counter.Take("new-2");

        Assert.True(counter.Wait("new-2") > TimeSpan.Zero);
        Assert.Equal(TimeSpan.Zero, counter.Wait("new-3"));
        Assert.Equal(1, counter.Entries);
    }

    [Fact]
    public void Take_HeldKeyOverItsLimit_WaitsUntilItsWindowEnds()
    {
        var counter = new FixedWindowCounter(limit: 2, TimeSpan.FromMinutes(1), time, maxEntries: 10, maxBytes: 1_000_000);
        counter.Take("alice");
        time.Advance(TimeSpan.FromSeconds(15));
        counter.Take("alice");

        Assert.Equal(TimeSpan.FromSeconds(45), counter.Wait("alice"));
        Assert.Equal(TimeSpan.Zero, counter.Wait("bob"));
    }
}
