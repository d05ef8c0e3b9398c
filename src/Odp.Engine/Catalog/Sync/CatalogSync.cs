using Microsoft.Extensions.Logging;
using Odp.Engine.Catalog.Readiness;
using Odp.Engine.Telemetry;

namespace Odp.Engine.Catalog.Sync;

/// <summary>
/// Reads every <see cref="ICatalogSource"/> in order, stacks them (<see cref="DatasetMerge"/>) and writes the result
/// into the <see cref="ICatalogIndex"/>: only datasets whose content hash differs from the one the index stored are
/// upserted (also on the first run after a restart), names no source has anymore are removed, and the run ends with
/// one commit, which records the run's <see cref="CatalogSyncMark"/> (its sources and their stamps). When every source
/// is stamped (<see cref="IStampedCatalogSource"/>, e.g. only the catalog file) and none changed since the index's last
/// complete sync, the run reads and writes nothing. A source that fails aborts the run before the index is touched
/// (and marks nothing); entities a source skipped as malformed are counted and listed (<see cref="IReportsLeftOut"/>).
/// Runs never overlap. Every write moves the <see cref="CatalogVersion"/>; progress and the end of each run feed the
/// <see cref="CatalogReadiness"/>.
/// </summary>
public sealed class CatalogSync(
    IEnumerable<ICatalogSource> sources,
    ICatalogIndex index,
    TimeProvider time,
    ILogger<CatalogSync> logger,
    CatalogVersion? version = null,
    CatalogReadiness? readiness = null,
    OdpMetrics? metrics = null)
{
    public const int BatchSize = 500;

    private readonly SemaphoreSlim gate = new(1, 1);
    private bool synced;

    public async Task<SyncReport> RunAsync(IProgress<SyncProgress>? progress, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        using var span = OdpTraces.Catalog.StartActivity("CatalogSync.Run");
        var report = new Reporter(progress, readiness);
        try
        {
            var started = time.GetTimestamp();
            var result = await UnchangedAsync(cancellationToken)
                ? await SkipAsync(cancellationToken)
                : await WriteAsync(await ReadAsync(report, cancellationToken), report, cancellationToken);
            result = result with { Elapsed = time.GetElapsedTime(started) };
            logger.LogInformation(
                "Catalog sync ({Kind}): {Added} added, {Updated} updated, {Removed} removed, {Unchanged} unchanged, {Skipped} malformed skipped in {Elapsed}.",
                result.Full ? "full" : "incremental", result.Added, result.Updated, result.Removed, result.Unchanged, result.SkippedCount, result.Elapsed);
            readiness?.SyncEnded(result.Added + result.Updated + result.Unchanged, null);
            metrics?.CatalogSynced(result.Added + result.Updated + result.Unchanged);
            return result;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            readiness?.SyncEnded(readiness.Datasets, e.Message);
            metrics?.CatalogSynced(null);
            span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, e.Message);
            throw;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Whether the index already holds what reading the sources would give: its last complete sync read the same sources
    /// in the same order, each is stamped, and none changed since.
    /// </summary>
    private async Task<bool> UnchangedAsync(CancellationToken cancellationToken)
    {
        if (index.LastSync is not { } last || !last.Sources.SequenceEqual(sources.Select(s => s.Name), StringComparer.Ordinal)) return false;
        var checks = new List<(IStampedCatalogSource Source, string Stamp)>();
        foreach (var source in sources)
        {
            // A source without a stamp (OpenMetadata, Trino) is read every time: only reading tells what changed.
            if (source is not IStampedCatalogSource stamped || last.StampOf(source.Name) is not { } stamp) return false;
            checks.Add((stamped, stamp));
        }
        foreach (var (source, stamp) in checks)
        {
            if (!await source.UnchangedSinceAsync(stamp, cancellationToken)) return false;
        }
        return true;
    }

    private async Task<SyncReport> SkipAsync(CancellationToken cancellationToken)
    {
        var unchanged = (await index.NamesAsync(cancellationToken)).Count;
        var full = !synced;
        synced = true;
        return new SyncReport(full, 0, 0, 0, unchanged, [], TimeSpan.Zero, 0, []);
    }

    private sealed record Read(List<Dataset> Datasets, List<string> Unmapped, int SkippedCount, List<string> Skipped);

    private async Task<Read> ReadAsync(Reporter report, CancellationToken cancellationToken)
    {
        var byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var datasets = new List<Dataset>();
        var unmapped = new List<string>();
        var skipped = new List<string>();
        var skippedBefore = 0;
        foreach (var source in sources)
        {
            var step = $"reading {source.Name}";
            var count = 0;
            var leftOut = source as IReportsLeftOut;
            report.Progress(new SyncProgress(step, 0, 0, datasets.Count, skippedBefore));
            await foreach (var dataset in source.ReadAsync(cancellationToken))
            {
                if (byName.TryGetValue(dataset.Name, out var at)) datasets[at] = DatasetMerge.Merge(datasets[at], dataset);
                else
                {
                    byName[dataset.Name] = datasets.Count;
                    datasets.Add(dataset);
                }
                report.Progress(new SyncProgress(step, ++count, 0, datasets.Count, skippedBefore + (leftOut?.SkippedCount ?? 0)));
            }
            if (leftOut is null) continue;
            unmapped.AddRange(leftOut.UnmappedOwners);
            skipped.AddRange(leftOut.Skipped.Take(IReportsLeftOut.MaxListed - skipped.Count));
            skippedBefore += leftOut.SkippedCount;
            if (leftOut.SkippedCount > 0) report.Progress(new SyncProgress(step, count, 0, datasets.Count, skippedBefore));
        }
        return new Read(datasets, [.. unmapped.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)], skippedBefore, skipped);
    }

    private async Task<SyncReport> WriteAsync(Read read, Reporter report, CancellationToken cancellationToken)
    {
        var (datasets, found, skipped) = (read.Datasets, read.Datasets.Count, read.SkippedCount);
        var full = !synced;
        var indexed = await index.HashesAsync(cancellationToken);
        var upserts = datasets
            .Where(d => !indexed.TryGetValue(d.Name, out var old) || old != DatasetHash.Of(d))
            .ToList();
        var names = datasets.Select(d => d.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var removed = indexed.Keys.Where(n => !names.Contains(n)).Order(StringComparer.OrdinalIgnoreCase).ToList();

        var total = upserts.Count + removed.Count;
        var done = 0;
        report.Progress(new SyncProgress("writing", 0, total, found, skipped));
        foreach (var batch in upserts.Chunk(BatchSize))
        {
            await index.UpsertAsync(batch, cancellationToken);
            version?.Changed();
            report.Progress(new SyncProgress("writing", done += batch.Length, total, found, skipped));
        }
        if (removed.Count > 0)
        {
            await index.RemoveAsync(removed, cancellationToken);
            version?.Changed();
            report.Progress(new SyncProgress("writing", total, total, found, skipped));
        }
        await index.CommitSyncedAsync(
            CatalogSyncMark.Of(sources.Select(s => (s.Name, (s as IStampedCatalogSource)?.ReadStamp))), cancellationToken);

        synced = true;
        var added = upserts.Count(d => !indexed.ContainsKey(d.Name));
        return new SyncReport(
            full, added, upserts.Count - added, removed.Count, datasets.Count - upserts.Count, read.Unmapped, TimeSpan.Zero, skipped, read.Skipped);
    }

    /// <summary>Sends each progress report to the caller's <see cref="IProgress{T}"/> and to the readiness state.</summary>
    private sealed class Reporter(IProgress<SyncProgress>? progress, CatalogReadiness? readiness)
    {
        public void Progress(SyncProgress value)
        {
            progress?.Report(value);
            readiness?.Report(value);
        }
    }
}
