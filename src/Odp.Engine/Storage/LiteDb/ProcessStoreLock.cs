using Odp.Engine.Storage.Locks;

namespace Odp.Engine.Storage.LiteDb;

/// <summary>
/// <see cref="IStoreLock"/> for a store only one process opens (LiteDB): names hash onto a fixed set of
/// <see cref="Stripes"/> gates, so memory stays the same however many names are locked. Two names on one stripe wait
/// for each other, which costs a little time and never correctness.
/// </summary>
public sealed class ProcessStoreLock : IStoreLock
{
    public const int Stripes = 256;

    private readonly SemaphoreSlim[] gates = [.. Enumerable.Range(0, Stripes).Select(_ => new SemaphoreSlim(1, 1))];

    public async Task<IAsyncDisposable> AcquireAsync(string name, CancellationToken cancellationToken)
    {
        var gate = gates[(StringComparer.OrdinalIgnoreCase.GetHashCode(name) & int.MaxValue) % Stripes];
        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IAsyncDisposable
    {
        private int released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) gate.Release();
            return ValueTask.CompletedTask;
        }
    }
}
