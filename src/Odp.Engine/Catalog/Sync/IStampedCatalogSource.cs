namespace Odp.Engine.Catalog.Sync;

/// <summary>
/// A source that can tell, without reading, whether its content changed: every read has a stamp that changes when the
/// content does (the catalog file: the SHA-256 of its bytes). A complete sync records the stamps in its
/// <see cref="CatalogSyncMark"/>; when every source has one and none changed since, the next sync reads nothing.
/// </summary>
public interface IStampedCatalogSource
{
    /// <summary>The stamp of what the last <see cref="ICatalogSource.ReadAsync"/> read; null before the first.</summary>
    string? ReadStamp { get; }

    /// <summary>Whether the content is still what <paramref name="stamp"/> stamped, checked without reading it.</summary>
    Task<bool> UnchangedSinceAsync(string stamp, CancellationToken cancellationToken);
}
