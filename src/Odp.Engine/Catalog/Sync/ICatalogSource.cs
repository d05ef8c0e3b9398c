namespace Odp.Engine.Catalog.Sync;

/// <summary>
/// Where a catalog sync reads datasets from. Sources are stacked in registration order (file, then Trino's
/// information_schema when registered, then OpenMetadata); a later source's non-empty fields override an earlier one's.
/// A source that cannot be read throws, and the sync leaves the index unchanged.
/// </summary>
public interface ICatalogSource
{
    string Name { get; }

    IAsyncEnumerable<Dataset> ReadAsync(CancellationToken cancellationToken);
}
