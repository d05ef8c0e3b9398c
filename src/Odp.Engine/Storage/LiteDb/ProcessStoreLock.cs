using Odp.Engine.Storage.Locks;

namespace Odp.Engine.Storage.LiteDb;

/// <summary>
/// <see cref="IStoreLock"/> for a store only one process opens (LiteDB): one gate per name (ignoring case), kept only
/// while someone holds or awaits it, so memory grows with the names in use, not with every name ever locked. Different
/// names never wait for each other, so holding one lock while taking another can't deadlock on itself.
/// </summary>
public sealed class ProcessStoreLock : IStoreLock
{
    private readonly Dictionary<string, Gate> gates = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock sync = new();

    public async Task<IAsyncDisposable> AcquireAsync(string name, CancellationToken cancellationToken)
    {
        Gate gate;
        lock (sync)
        {
            if (!gates.TryGetValue(name, out gate!)) gates[name] = gate = new Gate(name);
            gate.Users++;
        }

        try
        {
            await gate.Semaphore.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(gate);
            throw;
        }
        return new Release(this, gate);
    }

    /// <summary>One fewer holder or waiter; the last one out forgets the gate.</summary>
    private void Leave(Gate gate)
    {
        lock (sync)
        {
            if (--gate.Users == 0) gates.Remove(gate.Name);
        }
    }

    private sealed class Gate(string name)
    {
        public string Name { get; } = name;

        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        /// <summary>Holders and waiters, counted under the owner's lock.</summary>
        public int Users { get; set; }
    }

    private sealed class Release(ProcessStoreLock owner, Gate gate) : IAsyncDisposable
    {
        private int released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                gate.Semaphore.Release();
                owner.Leave(gate);
            }
            return ValueTask.CompletedTask;
        }
    }
}
