namespace Odp.Engine.Catalog;

/// <summary>The lineage seam when nothing provides lineage: always null.</summary>
public sealed class NoDatasetLineage : IDatasetLineage
{
    public Task<DatasetLineage?> GetAsync(string name, CancellationToken cancellationToken) => Task.FromResult<DatasetLineage?>(null);
}
