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
    private readonly TimeSpan interval = DurationText.Parse(options.Value.SweepInterval);

    /// <summary>One pass: sweeps when this replica holds the lease; returns what it expired (nothing on the others).</summary>
    public async Task<IReadOnlyList<Tickets.TicketData>> RunOnceAsync(CancellationToken cancellationToken) =>
        await lease.HoldAsync("sweep:expiry", interval, cancellationToken) ? await expire.SweepAsync(cancellationToken) : [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Expiry sweep failed; it will run again");
            }
            await Task.Delay(interval, time, stoppingToken);
        }
    }
}
