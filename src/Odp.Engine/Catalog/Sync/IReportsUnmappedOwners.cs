namespace Odp.Engine.Catalog.Sync;

/// <summary>A source that drops owners it cannot match to the directory, and says which after each read.</summary>
public interface IReportsUnmappedOwners
{
    /// <summary>The owners left out during the last <see cref="ICatalogSource.ReadAsync"/>, e.g. <c>user:carol</c>.</summary>
    IReadOnlyCollection<string> UnmappedOwners { get; }
}
