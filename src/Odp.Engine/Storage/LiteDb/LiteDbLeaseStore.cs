using LiteDB;
using Odp.Engine.Storage.Leases;

namespace Odp.Engine.Storage.LiteDb;

/// <summary>
/// <see cref="ILeaseStore"/> in the LiteDB collection <c>leases</c>. LiteDB serves one process, so these leases only
/// ever have one contender; they keep the same rules as PostgreSQL's so the workers are written once.
/// </summary>
public sealed class LiteDbLeaseStore(OdpDatabase database) : ILeaseStore
{
    private readonly ILiteCollection<BsonDocument> leases = database.Database.GetCollection("leases");
    private readonly Lock gate = new();

    public Task<bool> TryAcquireAsync(string name, string holder, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            var lease = leases.FindById(name);
            if (lease is not null && lease["holder"].AsString != holder && lease["expiresAt"].AsInt64 > now.UtcTicks)
                return Task.FromResult(false);
            leases.Upsert(new BsonDocument { ["_id"] = name, ["holder"] = holder, ["expiresAt"] = (now + duration).UtcTicks });
            return Task.FromResult(true);
        }
    }

    public Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            if (leases.FindById(name) is { } lease && lease["holder"].AsString == holder) leases.Delete(name);
        }
        return Task.CompletedTask;
    }

    public Task<string?> HolderAsync(string name, DateTimeOffset now, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var lease = leases.FindById(name);
        return Task.FromResult(lease is not null && lease["expiresAt"].AsInt64 > now.UtcTicks ? lease["holder"].AsString : null);
    }
}
