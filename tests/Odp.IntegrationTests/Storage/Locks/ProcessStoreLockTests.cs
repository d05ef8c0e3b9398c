using Odp.Engine.Storage.LiteDb;
using Odp.Engine.Storage.Locks;

namespace Odp.IntegrationTests.Storage.Locks;

/// <summary>The store lock contract on the in-process lock that goes with LiteDB, a new lock per test.</summary>
public sealed class ProcessStoreLockTests : StoreLockContract
{
    private readonly ProcessStoreLock locks = new();

    protected override Task<IStoreLock> NewLockAsync() => Task.FromResult<IStoreLock>(locks);

    /// <summary>More names than any fixed set of shared gates could keep apart: none of them waits for another.</summary>
    [Fact]
    public async Task AcquireAsync_AThousandNamesHeldAtOnce_NoneWaits()
    {
        var held = new List<IAsyncDisposable>();
        for (var i = 0; i < 1000; i++)
        {
            var acquiring = locks.AcquireAsync($"file:user{i}:lake.sales.orders", CancellationToken.None);
            Assert.True(acquiring.IsCompletedSuccessfully, $"name {i} waited for another name");
            held.Add(await acquiring);
        }

        foreach (var h in held) await h.DisposeAsync();
        await (await locks.AcquireAsync("file:user0:lake.sales.orders", CancellationToken.None)).DisposeAsync();
    }
}
