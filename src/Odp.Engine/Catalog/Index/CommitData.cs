using Lucene.Net.Index;
using Odp.Engine.Catalog.Sync;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Odp.Engine.Catalog.Index;

/// <summary>
/// What <see cref="LuceneCatalogIndex"/> keeps in each commit's user data: its document layout and, while nothing has
/// been written since, the last complete sync's <see cref="CatalogSyncMark"/>.
/// </summary>
internal static class CommitData
{
    private const string LayoutKey = "odp.layout";
    private const string SyncKey = "odp.sync";

    /// <summary>Whether the index in <paramref name="directory"/> (if any) has <paramref name="layout"/>, and then its last sync's mark.</summary>
    public static bool SameLayout(LuceneDirectory directory, string layout, out CatalogSyncMark? synced)
    {
        synced = null;
        if (!DirectoryReader.IndexExists(directory)) return true;
        var infos = new SegmentInfos();
        infos.Read(directory);
        if (!infos.UserData.TryGetValue(LayoutKey, out var committed) || committed != layout) return false;
        synced = CatalogSyncMark.Parse(infos.UserData.TryGetValue(SyncKey, out var mark) ? mark : null);
        return true;
    }

    public static Dictionary<string, string> Of(string layout, CatalogSyncMark? synced) =>
        synced is null ? new() { [LayoutKey] = layout } : new() { [LayoutKey] = layout, [SyncKey] = synced.Text };
}
