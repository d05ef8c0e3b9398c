using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Odp.Engine.Integrations.Trino;
using Odp.Engine.Integrations.Trino.Client;

namespace Odp.Engine.Hosting.Health;

/// <summary>
/// Ready while Trino's coordinator answers <c>GET /v1/info</c> and is not starting, asked through the Trino client's
/// own <see cref="HttpClient"/> (its base address, auth and handlers). Registered only when a feature queries Trino.
/// </summary>
public sealed class TrinoReadyCheck(IHttpClientFactory clients, IOptions<TrinoOptions> options) : IHealthCheck
{
    public const string Name = "trino";

    /// <summary>Whether the bot queries Trino at all: preview, verification, discovery or SQL grants.</summary>
    public static bool IsNeeded(TrinoOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return o.Queries || o.Verify || o.Discover || o.UsesSqlEnforcement;
    }

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        var coordinator = options.Value.Coordinator();
        var where = $"{coordinator.Scheme}://{coordinator.Host}:{coordinator.Port}"; // never a user or password in the URL
        try
        {
            var http = clients.CreateClient(nameof(TrinoClient));
            using var response = await http.GetAsync(new Uri("v1/info", UriKind.Relative), cancellationToken);
            if (!response.IsSuccessStatusCode) return HealthCheckResult.Unhealthy($"{where} answered HTTP {(int)response.StatusCode} to /v1/info");
            using var info = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            return info.RootElement.TryGetProperty("starting", out var starting) && starting.ValueKind == JsonValueKind.True
                ? HealthCheckResult.Unhealthy($"{where} is still starting")
                : HealthCheckResult.Healthy(where);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"{where} does not answer: {e.Message}");
        }
    }
}
