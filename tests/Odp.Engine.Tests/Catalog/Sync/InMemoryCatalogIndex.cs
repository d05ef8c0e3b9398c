using Odp.Engine.Catalog;
using Odp.Engine.Catalog.Sync;

namespace Odp.Engine.Tests.Catalog.Sync;

/// <summary>
/// An <see cref="ICatalogIndex"/> in a dictionary, searched with <see cref="FileCatalog"/>'s ranking; counts upserts.
/// It keeps the last sync's mark as the Lucene index does: until the next write. A new sync over the same instance is
/// a restart that kept the index.
/// </summary>
public sealed class InMemoryCatalogIndex : ICatalogIndex
{
    private readonly Dictionary<string, Dataset> datasets = new(StringComparer.OrdinalIgnoreCase);

    public List<string> Upserted { get; } = [];

    public CatalogSyncMark? LastSync { get; private set; }

    public Task UpsertAsync(IReadOnlyCollection<Dataset> batch, CancellationToken cancellationToken)
    {
        LastSync = null;
        foreach (var dataset in batch)
        {
            datasets[dataset.Name] = dataset;
            Upserted.Add(dataset.Name);
        }
        return Task.CompletedTask;
    }

    public Task RemoveAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        LastSync = null;
        foreach (var name in names) datasets.Remove(name);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyCollection<string>> NamesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyCollection<string>>([.. datasets.Keys]);

    public Task<IReadOnlyDictionary<string, string>> HashesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(
            datasets.ToDictionary(d => d.Key, d => DatasetHash.Of(d.Value), StringComparer.OrdinalIgnoreCase));

    public Task CommitAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task CommitSyncedAsync(CatalogSyncMark synced, CancellationToken cancellationToken)
    {
        LastSync = synced;
        return Task.CompletedTask;
    }

    public Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken) =>
        new FileCatalog([.. datasets.Values]).SearchAsync(query, cancellationToken);

    public Task<Dataset?> GetAsync(string name, CancellationToken cancellationToken) =>
        Task.FromResult(datasets.GetValueOrDefault(name));
}
