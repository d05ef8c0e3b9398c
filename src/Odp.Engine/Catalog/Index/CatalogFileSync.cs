namespace Odp.Engine.Catalog.Index;

/// <summary>
/// A full sync of the YAML catalog into an index at start: every dataset in the file is upserted and every other
/// name is removed, so the index holds exactly the file. Sources that write into the index later add to that.
/// </summary>
internal static class CatalogFileSync
{
    public static void Run(ICatalogIndex index, IReadOnlyList<Dataset> datasets)
    {
        var names = datasets.Select(d => d.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // The index works synchronously; its tasks are already complete when they return.
        var stale = index.NamesAsync(CancellationToken.None).GetAwaiter().GetResult().Where(n => !names.Contains(n)).ToList();
        if (stale.Count > 0) index.RemoveAsync(stale, CancellationToken.None).GetAwaiter().GetResult();
        index.UpsertAsync([.. datasets], CancellationToken.None).GetAwaiter().GetResult();
    }
}
