using Odp.Engine.Storage.Leases;

namespace Odp.Engine.Storage.LiteDb;

/// <summary>
/// <see cref="ILeaseStore"/> for a store only one process opens (LiteDB): the leases live in memory, so a restarted
/// process — the only contender there is — never waits for the leases of the process it replaces. They keep the same
/// rules as PostgreSQL's, so the workers are written once. Entries are removed on release, and at most one exists per
/// lease a worker holds (a sweep, a ticket being provisioned or drained).
/// </summary>
public sealed class ProcessLeaseStore : ILeaseStore
{
    private readonly Dictionary<string, (string Holder, DateTimeOffset ExpiresAt)> leases = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public Task<bool> TryAcquireAsync(string name, string holder, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            if (leases.TryGetValue(name, out var lease) && lease.Holder != holder && lease.ExpiresAt > now) return Task.FromResult(false);
            leases[name] = (holder, now + duration);
            return Task.FromResult(true);
        }
    }

    public Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            if (leases.TryGetValue(name, out var lease) && lease.Holder == holder) leases.Remove(name);
        }
        return Task.CompletedTask;
    }

    public Task<string?> HolderAsync(string name, DateTimeOffset now, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            return Task.FromResult(leases.TryGetValue(name, out var lease) && lease.ExpiresAt > now ? lease.Holder : null);
        }
    }
}
