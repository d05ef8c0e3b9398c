namespace Odp.Engine.Catalog;

/// <summary>
/// A catalog that sources write into: a sync upserts what changed and removes what disappeared, and searches see the
/// result at once. Names compare case-insensitively.
/// </summary>
public interface ICatalogIndex : ICatalog
{
    Task UpsertAsync(IReadOnlyCollection<Dataset> datasets, CancellationToken cancellationToken);

    Task RemoveAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken);

    /// <summary>Every dataset name in the index (for a sync to work out what disappeared).</summary>
    Task<IReadOnlyCollection<string>> NamesAsync(CancellationToken cancellationToken);
}
