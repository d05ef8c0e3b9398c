namespace Odp.Engine.Catalog.Sync;

/// <summary>
/// A source that leaves out what it cannot use, and says what: owners that match nobody in the directory (after each
/// read), and entities it could not read at all (malformed), each as "what: why" — so far during a read, in full
/// after it. One bad entity never fails the read.
/// </summary>
public interface IReportsLeftOut
{
    /// <summary>The most entities <see cref="Skipped"/> lists; <see cref="SkippedCount"/> counts them all.</summary>
    public const int MaxListed = 100;

    /// <summary>The owners left out during the last <see cref="ICatalogSource.ReadAsync"/>, e.g. <c>user:carol</c>.</summary>
    IReadOnlyCollection<string> UnmappedOwners { get; }

    /// <summary>How many entities the current (or last) read skipped.</summary>
    int SkippedCount { get; }

    /// <summary>The first <see cref="MaxListed"/> skipped entities, e.g. <c>table svc.db.s.t (id …): column #2 has no name</c>.</summary>
    IReadOnlyList<string> Skipped { get; }
}
