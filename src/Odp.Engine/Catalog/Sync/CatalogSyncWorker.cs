using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Odp.Engine.Catalog.Sync;

/// <summary>
/// Syncs the catalog index at start, then again at the shortest <see cref="IScheduledCatalogSource.SyncInterval"/> of
/// the registered sources (OpenMetadata's <c>SyncInterval</c>, Trino's <c>DiscoverInterval</c>). With only local
/// sources one sync at start is enough. A failed run is logged and retried next time.
/// </summary>
public sealed class CatalogSyncWorker(
    CatalogSync sync, IEnumerable<ICatalogSource> sources, TimeProvider time, ILogger<CatalogSyncWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var intervals = sources.OfType<IScheduledCatalogSource>().Select(s => s.SyncInterval).ToList();
        TimeSpan? interval = intervals.Count > 0 ? intervals.Min() : null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await sync.RunAsync(null, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("Catalog sync failed; the index keeps its previous content. {Reason}", e.Message);
            }
            if (interval is not { } wait) return;
            try
            {
                await Task.Delay(wait, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
