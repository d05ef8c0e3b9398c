using Odp.Engine.Storage.Locks;

namespace Odp.IntegrationTests.Storage.Locks;

/// <summary>
/// What every <see cref="IStoreLock"/> does, run on each implementation (in-process for LiteDB, PostgreSQL). That a
/// lock waits is checked after the waiter had the time of several other acquisitions: a waiter that wrongly got the
/// lock would have got it by then, and one that rightly waits never fails the check. Bounded waits only fail fast.
/// </summary>
public abstract class StoreLockContract
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TimeSpan FailFast = TimeSpan.FromSeconds(10);

    /// <summary>The lock under test; every call in one test opens the same store.</summary>
    protected abstract Task<IStoreLock> NewLockAsync();

    [Fact]
    public async Task AcquireAsync_NameHeld_WaitsUntilTheHolderDisposes()
    {
        var locks = await NewLockAsync();
        var first = await locks.AcquireAsync("trino-rules", None);

        var second = locks.AcquireAsync("trino-rules", None);
        await OtherWorkAsync(locks);

        Assert.False(second.IsCompleted);
        await first.DisposeAsync();
        await (await second.WaitAsync(FailFast)).DisposeAsync();
    }

    [Fact]
    public async Task AcquireAsync_NameHeldInAnotherCase_Waits()
    {
        var locks = await NewLockAsync();
        var first = await locks.AcquireAsync("file:alice:lake.sales.orders", None);

        var second = locks.AcquireAsync("FILE:Alice:Lake.Sales.Orders", None);
        await OtherWorkAsync(locks);

        Assert.False(second.IsCompleted);
        await first.DisposeAsync();
        await (await second.WaitAsync(FailFast)).DisposeAsync();
    }

    [Fact]
    public async Task AcquireAsync_DifferentNamesWhileHeld_EachTakenAtOnce()
    {
        var locks = await NewLockAsync();
        await using var held = await locks.AcquireAsync("trino-rules", None);

        var others = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => locks.AcquireAsync($"file:user{i}:lake.sales.orders", None)))
            .WaitAsync(FailFast);

        foreach (var other in others) await other.DisposeAsync();
    }

    [Fact]
    public async Task AcquireAsync_TenContenders_OneInsideAtATimeAndEveryOneGetsIn()
    {
        var locks = await NewLockAsync();
        var inside = 0;
        var most = 0;
        var entered = 0;

        async Task ContendAsync()
        {
            await using (await locks.AcquireAsync("trino-rules", None))
            {
                var now = Interlocked.Increment(ref inside);
                InterlockedMax(ref most, now);
                await OtherWorkAsync(locks);
                Interlocked.Increment(ref entered);
                Interlocked.Decrement(ref inside);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(ContendAsync))).WaitAsync(FailFast);

        Assert.Equal((1, 10), (most, entered));
    }

    [Fact]
    public async Task AcquireAsync_CancelledWhileWaiting_ThrowsAndLeavesTheLockFree()
    {
        var locks = await NewLockAsync();
        var first = await locks.AcquireAsync("trino-rules", None);
        using var cancel = new CancellationTokenSource();
        var second = locks.AcquireAsync("trino-rules", cancel.Token);
        await OtherWorkAsync(locks);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second.WaitAsync(FailFast));
        await first.DisposeAsync();
        await (await locks.AcquireAsync("trino-rules", None).WaitAsync(FailFast)).DisposeAsync();
    }

    [Fact]
    public async Task AcquireAsync_AlreadyCancelled_Throws()
    {
        var locks = await NewLockAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => locks.AcquireAsync("trino-rules", new CancellationToken(canceled: true)));
        await (await locks.AcquireAsync("trino-rules", None).WaitAsync(FailFast)).DisposeAsync();
    }

    [Fact]
    public async Task DisposeAsync_Twice_ReleasesOnce()
    {
        var locks = await NewLockAsync();
        var first = await locks.AcquireAsync("trino-rules", None);
        await first.DisposeAsync();
        await first.DisposeAsync();

        var second = await locks.AcquireAsync("trino-rules", None).WaitAsync(FailFast);
        var third = locks.AcquireAsync("trino-rules", None);
        await OtherWorkAsync(locks);

        Assert.False(third.IsCompleted);
        await second.DisposeAsync();
        await (await third.WaitAsync(FailFast)).DisposeAsync();
    }

    /// <summary>Takes and gives back a few locks of other names, one after the other.</summary>
    private static async Task OtherWorkAsync(IStoreLock locks)
    {
        for (var i = 0; i < 5; i++) await (await locks.AcquireAsync($"other-{Guid.NewGuid():N}", None).WaitAsync(FailFast)).DisposeAsync();
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var seen = Volatile.Read(ref target);
        while (value > seen)
        {
            var was = Interlocked.CompareExchange(ref target, value, seen);
            if (was == seen) return;
            seen = was;
        }
    }
}
