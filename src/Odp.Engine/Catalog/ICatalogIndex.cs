namespace Odp.Engine.Catalog;

/// <summary>
/// A catalog that sources write into: a sync upserts what changed and removes what disappeared, and searches see the
/// result at once. Writes are durable after <see cref="CommitAsync"/> (or when the index is disposed). Names compare
/// case-insensitively.
/// </summary>
public interface ICatalogIndex : ICatalog
{
    Task UpsertAsync(IReadOnlyCollection<Dataset> datasets, CancellationToken cancellationToken);

    Task RemoveAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken);

    /// <summary>Every dataset name in the index.</summary>
    Task<IReadOnlyCollection<string>> NamesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Every dataset name in the index with the content hash of what was written (<see cref="Sync.DatasetHash.Of"/>),
    /// so a sync writes only what changed, also on its first run after a restart.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> HashesAsync(CancellationToken cancellationToken);

    /// <summary>Makes every write so far durable; does nothing when nothing changed.</summary>
    Task CommitAsync(CancellationToken cancellationToken);

    /// <summary>
    /// What the last complete sync recorded (<see cref="CommitSyncedAsync"/>), kept across restarts while nothing else
    /// is written: null for a new or rebuilt index, after any write since, and after a sync whose writes failed.
    /// </summary>
    Sync.CatalogSyncMark? LastSync { get; }

    /// <summary>
    /// Like <see cref="CommitAsync"/>, and records <paramref name="synced"/> in the same commit (<see cref="LastSync"/>),
    /// unless a write failed: then the commit records nothing and the failure is thrown.
    /// </summary>
    Task CommitSyncedAsync(Sync.CatalogSyncMark synced, CancellationToken cancellationToken);
}
