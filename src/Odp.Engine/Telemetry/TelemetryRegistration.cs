using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Odp.Engine.Telemetry;

/// <summary>The engine's instruments: <see cref="OdpMetrics"/> and the store's gauges, on the host's meter factory.</summary>
public static class TelemetryRegistration
{
    public static IServiceCollection AddOdpTelemetry(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<OdpMetrics>();
        services.TryAddSingleton<StoreGauges>();
        return services;
    }
}
