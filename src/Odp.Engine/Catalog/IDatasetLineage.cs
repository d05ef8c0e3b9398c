namespace Odp.Engine.Catalog;

/// <summary>Where a dataset's data comes from and goes to. Null when no lineage source is configured or it knows nothing.</summary>
public interface IDatasetLineage
{
    Task<DatasetLineage?> GetAsync(string name, CancellationToken cancellationToken);
}
