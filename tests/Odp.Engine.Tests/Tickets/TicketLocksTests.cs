using Odp.Engine.Tickets;

namespace Odp.Engine.Tests.Tickets;

public sealed class TicketLocksTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TicketLocks locks = new();

    [Fact]
    public async Task AcquireAsync_SameKeyHeld_WaitsUntilReleased()
    {
        var first = await locks.AcquireAsync("ODP-1", None);

        var second = locks.AcquireAsync("ODP-1", None);
        Assert.False(second.IsCompleted);
        first.Dispose();

        (await second.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
    }

    [Fact]
    public async Task AcquireAsync_KeysDifferOnlyInCase_ShareOneLock()
    {
        using var first = await locks.AcquireAsync("ODP-1", None);

        Assert.False(locks.AcquireAsync("odp-1", None).IsCompleted);
    }

    [Fact]
    public async Task AcquireAsync_DifferentKeys_DoNotBlockEachOther()
    {
        using var first = await locks.AcquireAsync("ODP-1", None);

        var second = locks.AcquireAsync("ODP-2", None);

        Assert.True(second.IsCompletedSuccessfully);
        (await second).Dispose();
    }

    [Fact]
    public async Task AcquireAsync_CancelledWhileWaiting_Throws()
    {
        using var first = await locks.AcquireAsync("ODP-1", None);
        using var cancel = new CancellationTokenSource();

        var waiting = locks.AcquireAsync("ODP-1", cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }

    [Fact]
    public async Task Dispose_Twice_ReleasesOnlyOnce()
    {
        var first = await locks.AcquireAsync("ODP-1", None);
        first.Dispose();
        var second = await locks.AcquireAsync("ODP-1", None);

        first.Dispose();

        Assert.False(locks.AcquireAsync("ODP-1", None).IsCompleted);
        second.Dispose();
    }
}
