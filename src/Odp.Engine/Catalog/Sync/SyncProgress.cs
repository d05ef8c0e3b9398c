namespace Odp.Engine.Catalog.Sync;

/// <summary>
/// Where a sync is: <see cref="Step"/> (e.g. "reading openmetadata", "writing"), done so far in that step and the
/// step's total (0 when unknown); <see cref="Datasets"/> the distinct datasets read so far by this sync, and
/// <see cref="Skipped"/> the malformed entities its sources skipped so far.
/// </summary>
public sealed record SyncProgress(string Step, int Done, int Total, int Datasets = 0, int Skipped = 0);
