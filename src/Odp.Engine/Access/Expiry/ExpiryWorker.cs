using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Odp.Engine.Access.Expiry;

/// <summary>Runs the expiry sweep on the injected clock.</summary>
public sealed class ExpiryWorker(ExpireAccess expire, IOptions<AccessOptions> options, TimeProvider time, ILogger<ExpiryWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = DurationText.Parse(options.Value.SweepInterval);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await expire.SweepAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Expiry sweep failed; it will run again");
            }
            await Task.Delay(interval, time, stoppingToken);
        }
    }
}
