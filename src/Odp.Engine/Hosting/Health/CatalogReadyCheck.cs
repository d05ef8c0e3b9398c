using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Odp.Engine.Catalog.Readiness;

namespace Odp.Engine.Hosting.Health;

/// <summary>Ready once the catalog may answer (<see cref="CatalogReadiness"/>): at once, or after the first sync.</summary>
public sealed class CatalogReadyCheck(CatalogReadiness readiness) : IHealthCheck
{
    public const string Name = "catalog";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken) =>
        Task.FromResult(readiness switch
        {
            { IsReady: false } => HealthCheckResult.Unhealthy(string.Create(CultureInfo.InvariantCulture,
                $"still loading: the first sync has read {readiness.Datasets:N0} datasets so far")),
            { FirstSyncError: { } error } => HealthCheckResult.Healthy($"the first sync failed ({error}); answering with what the index holds"),
            _ => HealthCheckResult.Healthy("loaded"),
        });
}
