namespace Odp.Engine.Catalog.Sync;

/// <summary>
/// A source whose content changes outside OpenDataPlane (OpenMetadata, Trino), so the catalog is synced again every
/// <see cref="SyncInterval"/>. With no such source one sync at start is enough.
/// </summary>
public interface IScheduledCatalogSource
{
    TimeSpan SyncInterval { get; }
}
