using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Odp.Engine.Telemetry;

namespace Odp.Bot.Hosting.Telemetry;

/// <summary>
/// OpenTelemetry for the served host. Metrics: the <see cref="OdpMetrics.MeterName"/> meter (every <c>odp.…</c>
/// instrument, the store's gauges, and the backend calls recorded by the outbound HTTP handler), ASP.NET Core's and
/// the runtime's, scraped at <see cref="MetricsPath"/> in Prometheus text format. Traces: the <c>OpenDataPlane.*</c>
/// sources, always listened to, so outbound calls made inside a span carry its W3C <c>traceparent</c>; exported (with
/// ASP.NET Core's and HttpClient's spans) only when <see cref="OtlpEndpoint"/> is set, as are the metrics.
/// </summary>
public static class OdpOpenTelemetry
{
    public const string MetricsPath = "/metrics";

    /// <summary>The standard variable; its siblings (<c>OTEL_EXPORTER_OTLP_PROTOCOL</c>, <c>_HEADERS</c>, <c>OTEL_SERVICE_NAME</c>) apply as usual.</summary>
    public const string OtlpEndpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public const string ServiceName = "opendataplane";

    public static IServiceCollection AddOdpOpenTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpoint]);
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(OdpMetrics.MeterName, "System.Runtime")
                    .AddAspNetCoreInstrumentation()
                    .AddInstrumentation(sp => sp.GetRequiredService<StoreGauges>())
                    .AddPrometheusExporter();
                if (otlp) metrics.AddOtlpExporter();
            })
            .WithTracing(tracing =>
            {
                tracing.AddSource(OdpTraces.Prefix, OdpTraces.Prefix + ".*");
                if (otlp) tracing.AddAspNetCoreInstrumentation().AddSource("System.Net.Http").AddOtlpExporter();
            });
        return services;
    }

    public static IEndpointRouteBuilder MapOdpMetrics(this IEndpointRouteBuilder app)
    {
        app.MapPrometheusScrapingEndpoint(MetricsPath);
        return app;
    }
}
