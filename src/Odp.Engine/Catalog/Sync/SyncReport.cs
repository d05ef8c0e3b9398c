namespace Odp.Engine.Catalog.Sync;

/// <summary>
/// What a sync did. <see cref="Full"/> is true for the first sync of the process, which upserts every dataset;
/// later syncs upsert only datasets whose content changed (<see cref="Unchanged"/> counts the rest).
/// </summary>
public sealed record SyncReport(
    bool Full,
    int Added,
    int Updated,
    int Removed,
    int Unchanged,
    IReadOnlyList<string> UnmappedOwners,
    TimeSpan Elapsed);
