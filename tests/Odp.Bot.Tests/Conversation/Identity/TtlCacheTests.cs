using Microsoft.Extensions.Time.Testing;
using Odp.Bot.Conversation.Identity;
using Odp.Engine.Budget;

namespace Odp.Bot.Tests.Conversation.Identity;

public sealed class TtlCacheTests
{
    private readonly FakeTimeProvider time = new();
    private int loads;

    private Task<string> Get(TtlCache<string> cache, string key, string value = "v") =>
        cache.GetOrAddAsync(key, () =>
        {
            Interlocked.Increment(ref loads);
            return Task.FromResult(value);
        }, CancellationToken.None);

    [Fact]
    public async Task GetOrAddAsync_WithinTheTtl_LoadsOnceIgnoringCase()
    {
        var cache = new TtlCache<string>(time, TimeSpan.FromMinutes(10));

        await Get(cache, "U0ALICE");
        time.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal("v", await Get(cache, "u0alice"));
        Assert.Equal(1, loads);

        time.Advance(TimeSpan.FromMinutes(1));
        await Get(cache, "U0ALICE");
        Assert.Equal(2, loads);
    }

    [Fact]
    public async Task GetOrAddAsync_KeepForPerAnswer_KeepsAFailureShorter()
    {
        var cache = new TtlCache<string>(time, TimeSpan.FromMinutes(10));
        Task<string> Lookup(string key, string answer) => cache.GetOrAddAsync(key, () =>
        {
            Interlocked.Increment(ref loads);
            return Task.FromResult(answer);
        }, a => a == "failed" ? TimeSpan.FromSeconds(30) : TimeSpan.FromMinutes(10), CancellationToken.None);

        await Lookup("U1", "failed");
        await Lookup("U2", "alice@example.com");
        time.Advance(TimeSpan.FromSeconds(30));
        await Lookup("U1", "failed");
        await Lookup("U2", "alice@example.com");

        Assert.Equal(3, loads);
    }

    [Fact]
    public async Task GetOrAddAsync_ManyDistinctKeys_KeepsAtMostTheCapacity()
    {
        var cache = new TtlCache<string>(time, TimeSpan.FromMinutes(10), capacity: 100);

        for (var i = 0; i < 1_000; i++) await Get(cache, $"U{i:D8}");

        Assert.InRange(cache.Count, 1, 100);
        await Get(cache, "U00000999");
        Assert.Equal(1_000, loads); // the newest is still kept
    }

    [Fact]
    public async Task GetOrAddAsync_Full_DropsExpiredEntriesFirst()
    {
        var cache = new TtlCache<string>(time, TimeSpan.FromMinutes(1), capacity: 3);
        await Get(cache, "old1");
        await Get(cache, "old2");
        time.Advance(TimeSpan.FromSeconds(40));
        await Get(cache, "fresh");
        time.Advance(TimeSpan.FromSeconds(30)); // old1 and old2 expired, fresh not

        await Get(cache, "new");

        Assert.Equal(2, cache.Count);
        await Get(cache, "fresh");
        Assert.Equal(4, loads);
    }

    [Fact]
    public async Task GetOrAddAsync_HugeKey_IsKeptAsAFixedSizeHash()
    {
        var cache = new TtlCache<string>(time, TimeSpan.FromMinutes(10));
        var huge = "U" + new string('X', 5_000_000);

        await Get(cache, huge);
        await Get(cache, huge.ToLowerInvariant());

        Assert.Equal(1, loads);
        Assert.Equal(1, cache.Count);
        Assert.True(BoundedTable<string>.KeyOf(huge, ignoreCase: true).Length <= BoundedTable<string>.MaxKeyLength);
        Assert.Equal(BoundedTable<string>.KeyOf(huge, ignoreCase: true), BoundedTable<string>.KeyOf(huge.ToLowerInvariant(), ignoreCase: true));
        Assert.Equal("U0ALICE", BoundedTable<string>.KeyOf("U0ALICE", ignoreCase: true));
    }

    [Fact]
    public async Task GetOrAddAsync_ConcurrentCallers_ShareOneLoad()
    {
        var cache = new TtlCache<string>(time, TimeSpan.FromMinutes(10));
        var answer = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var callers = Enumerable.Range(0, 20).Select(_ => cache.GetOrAddAsync("U0ALICE", () =>
        {
            Interlocked.Increment(ref loads);
            return answer.Task;
        }, CancellationToken.None)).ToList();

        answer.SetResult("alice@example.com");

        Assert.All(await Task.WhenAll(callers), a => Assert.Equal("alice@example.com", a));
        Assert.Equal(1, loads);
    }

    [Fact]
    public async Task GetOrAddAsync_CallerGivesUp_TheLoadStillLandsInTheCache()
    {
        var cache = new TtlCache<string>(time, TimeSpan.FromMinutes(10));
        var answer = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var impatient = new CancellationTokenSource();
        var first = cache.GetOrAddAsync("U0ALICE", () => answer.Task, impatient.Token);

        await impatient.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        answer.SetResult("alice@example.com");

        Assert.Equal("alice@example.com", await cache.GetOrAddAsync("U0ALICE", () => Task.FromResult("again"), CancellationToken.None));
    }
}
