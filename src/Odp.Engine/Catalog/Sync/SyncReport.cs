namespace Odp.Engine.Catalog.Sync;

/// <summary>
/// What a sync did. <see cref="Full"/> is true for the first sync of the process. Every sync upserts only datasets
/// whose content differs from what the index holds (<see cref="Unchanged"/> counts the rest). <see cref="SkippedCount"/>
/// counts the malformed entities the sources skipped; <see cref="Skipped"/> lists the first of them (see
/// <see cref="IReportsLeftOut"/>).
/// </summary>
public sealed record SyncReport(
    bool Full,
    int Added,
    int Updated,
    int Removed,
    int Unchanged,
    IReadOnlyList<string> UnmappedOwners,
    TimeSpan Elapsed,
    int SkippedCount,
    IReadOnlyList<string> Skipped);
