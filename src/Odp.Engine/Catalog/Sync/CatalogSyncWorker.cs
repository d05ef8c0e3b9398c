using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Odp.Engine.Access;
using Odp.Engine.Integrations.OpenMetadata;

namespace Odp.Engine.Catalog.Sync;

/// <summary>
/// Syncs the catalog index at start, then every <c>Odp:OpenMetadata:SyncInterval</c> while OpenMetadata is on
/// (without it the sources are local and one sync at start is enough). A failed run is logged and retried next time.
/// </summary>
public sealed class CatalogSyncWorker(
    CatalogSync sync, IOptions<OpenMetadataOptions> options, TimeProvider time, ILogger<CatalogSyncWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = DurationText.Parse(options.Value.SyncInterval);
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
            if (!options.Value.Enabled) return;
            try
            {
                await Task.Delay(interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
