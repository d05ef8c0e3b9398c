namespace Odp.Engine.Catalog.Sync;

/// <summary>Where a sync is: <see cref="Step"/> (e.g. "reading openmetadata", "writing"), done so far and the total (0 when unknown).</summary>
public sealed record SyncProgress(string Step, int Done, int Total);
