namespace Odp.Engine.Catalog;

/// <summary>The catalog seam: a file today, Trino's information_schema, OpenMetadata and a Lucene index later.</summary>
public interface ICatalog
{
    Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken);

    /// <summary>The dataset with exactly this name (case-insensitive), or null.</summary>
    Task<Dataset?> GetAsync(string name, CancellationToken cancellationToken);
}
