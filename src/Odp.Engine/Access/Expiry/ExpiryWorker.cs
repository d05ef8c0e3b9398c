using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Odp.Engine.Storage.Leases;

namespace Odp.Engine.Access.Expiry;

/// <summary>Runs the expiry sweep on the injected clock, on the one replica that holds the lease <c>sweep:expiry</c>.</summary>
public sealed class ExpiryWorker(
    ExpireAccess expire, SingletonLease lease, IOptions<AccessOptions> options, TimeProvider time, ILogger<ExpiryWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = DurationText.Parse(options.Value.SweepInterval);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await lease.HoldAsync("sweep:expiry", interval, stoppingToken)) await expire.SweepAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Expiry sweep failed; it will run again");
            }
            await Task.Delay(interval, time, stoppingToken);
        }
    }
}
