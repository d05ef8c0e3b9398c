namespace Odp.Engine.Catalog.Index;

/// <summary>
/// The YAML catalog at start: an index that holds no dataset (first start, or rebuilt for a new layout) gets the file
/// at once, so search works before the first sync. An index that holds datasets keeps what the last sync left (file,
/// Trino and OpenMetadata datasets); <see cref="Sync.CatalogSyncWorker"/>'s first run then writes only what changed,
/// so the file is indexed once, not at open and again by the sync.
/// </summary>
internal static class CatalogFileSync
{
    public static void Run(LuceneCatalogIndex index, IReadOnlyList<Dataset> datasets)
    {
        if (index.Count > 0) return;
        // The index works synchronously; its tasks are already complete when they return.
        index.UpsertAsync([.. datasets], CancellationToken.None).GetAwaiter().GetResult();
        index.CommitAsync(CancellationToken.None).GetAwaiter().GetResult();
    }
}
