using Microsoft.Extensions.Diagnostics.HealthChecks;
using Odp.Engine.Storage;

namespace Odp.Engine.Hosting.Health;

/// <summary>Ready while the store answers (<see cref="IStoreProbe"/>: LiteDB reads, PostgreSQL runs <c>SELECT 1</c>).</summary>
public sealed class StoreReadyCheck(IStoreProbe store) : IHealthCheck
{
    public const string Name = "store";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        try
        {
            await store.PingAsync(cancellationToken).WaitAsync(cancellationToken);
            return HealthCheckResult.Healthy(store.Name);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"{store.Name} does not answer: {e.Message}");
        }
    }
}
