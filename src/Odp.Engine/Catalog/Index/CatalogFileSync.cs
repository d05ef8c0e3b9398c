using Odp.Engine.Catalog.Sync;

namespace Odp.Engine.Catalog.Index;

/// <summary>
/// The YAML catalog at start. A file unchanged since the index's last complete sync read it (same content hash) is not
/// parsed: it was valid then, and the index holds it. Otherwise the file is parsed, so a bad file stops the start with
/// its message, and the parse is kept for the sync worker's first run (<see cref="FileCatalogSource"/>), so it is not
/// parsed twice. An index that holds no dataset (first start, or rebuilt for a new layout) gets the file at once, so
/// search works before the first sync, and is marked as synced from the file. An index that holds datasets keeps
/// what the last sync left (file, Trino and OpenMetadata datasets); the first sync then writes only what changed.
/// </summary>
internal static class CatalogFileSync
{
    public static void Run(LuceneCatalogIndex index, FileCatalogSource file)
    {
        var filled = index.Count > 0;
        if (filled && index.LastSync?.StampOf(file.Name) is { } stamp && file.IsUnchangedSince(stamp)) return;
        var content = file.Load();
        if (filled) return;
        // The index works synchronously; its tasks are already complete when they return.
        index.UpsertAsync([.. content.Datasets], CancellationToken.None).GetAwaiter().GetResult();
        index.CommitSyncedAsync(CatalogSyncMark.Of([(file.Name, content.ContentHash)]), CancellationToken.None).GetAwaiter().GetResult();
    }
}
