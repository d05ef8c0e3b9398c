using Microsoft.Extensions.Logging;

namespace Odp.Engine.Catalog.Sync;

/// <summary>
/// Reads every <see cref="ICatalogSource"/> in order, stacks them (<see cref="DatasetMerge"/>) and writes the result
/// into the <see cref="ICatalogIndex"/>: only datasets whose content hash differs from the one the index stored are
/// upserted (also on the first run after a restart), names no source has anymore are removed, and the run ends with
/// one commit. A source that fails aborts the run before the index is touched. Runs never overlap. Every write
/// moves the <see cref="CatalogVersion"/>.
/// </summary>
public sealed class CatalogSync(
    IEnumerable<ICatalogSource> sources, ICatalogIndex index, TimeProvider time, ILogger<CatalogSync> logger, CatalogVersion? version = null)
{
    public const int BatchSize = 500;

    private readonly SemaphoreSlim gate = new(1, 1);
    private bool synced;

    public async Task<SyncReport> RunAsync(IProgress<SyncProgress>? progress, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var started = time.GetTimestamp();
            var (datasets, unmapped) = await ReadAsync(progress, cancellationToken);
            var report = await WriteAsync(datasets, unmapped, progress, cancellationToken);
            report = report with { Elapsed = time.GetElapsedTime(started) };
            logger.LogInformation(
                "Catalog sync ({Kind}): {Added} added, {Updated} updated, {Removed} removed, {Unchanged} unchanged in {Elapsed}.",
                report.Full ? "full" : "incremental", report.Added, report.Updated, report.Removed, report.Unchanged, report.Elapsed);
            return report;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<(List<Dataset> Datasets, List<string> Unmapped)> ReadAsync(IProgress<SyncProgress>? progress, CancellationToken cancellationToken)
    {
        var byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var datasets = new List<Dataset>();
        var unmapped = new List<string>();
        foreach (var source in sources)
        {
            var step = $"reading {source.Name}";
            var count = 0;
            progress?.Report(new SyncProgress(step, 0, 0));
            await foreach (var dataset in source.ReadAsync(cancellationToken))
            {
                if (byName.TryGetValue(dataset.Name, out var at)) datasets[at] = DatasetMerge.Merge(datasets[at], dataset);
                else
                {
                    byName[dataset.Name] = datasets.Count;
                    datasets.Add(dataset);
                }
                progress?.Report(new SyncProgress(step, ++count, 0));
            }
            if (source is IReportsUnmappedOwners reporter) unmapped.AddRange(reporter.UnmappedOwners);
        }
        return (datasets, [.. unmapped.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)]);
    }

    private async Task<SyncReport> WriteAsync(
        List<Dataset> datasets, List<string> unmapped, IProgress<SyncProgress>? progress, CancellationToken cancellationToken)
    {
        var full = !synced;
        var indexed = await index.HashesAsync(cancellationToken);
        var upserts = datasets
            .Where(d => !indexed.TryGetValue(d.Name, out var old) || old != DatasetHash.Of(d))
            .ToList();
        var names = datasets.Select(d => d.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var removed = indexed.Keys.Where(n => !names.Contains(n)).Order(StringComparer.OrdinalIgnoreCase).ToList();

        var total = upserts.Count + removed.Count;
        var done = 0;
        progress?.Report(new SyncProgress("writing", 0, total));
        foreach (var batch in upserts.Chunk(BatchSize))
        {
            await index.UpsertAsync(batch, cancellationToken);
            version?.Changed();
            progress?.Report(new SyncProgress("writing", done += batch.Length, total));
        }
        if (removed.Count > 0)
        {
            await index.RemoveAsync(removed, cancellationToken);
            version?.Changed();
            progress?.Report(new SyncProgress("writing", total, total));
        }
        await index.CommitAsync(cancellationToken);

        synced = true;
        var added = upserts.Count(d => !indexed.ContainsKey(d.Name));
        return new SyncReport(full, added, upserts.Count - added, removed.Count, datasets.Count - upserts.Count, unmapped, TimeSpan.Zero);
    }
}
