using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Odp.Engine.Hosting.Health;

namespace Odp.Bot.Hosting.Health;

/// <summary>
/// The body of <c>/healthz/ready</c>: <c>{"status":"ready"|"not ready","checks":[{"name","ready","detail"}…]}</c>, every
/// check in registration order, with why it is not ready (a message of ours or the backend's, never a secret or a
/// stack trace). 200 when every check is ready, else 503.
/// </summary>
public static class ReadinessAnswer
{
    public static IResult From(HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var ready = report.Entries.Values.All(e => e.Status == HealthStatus.Healthy);
        var checks = new JsonArray();
        foreach (var (name, entry) in report.Entries)
        {
            checks.Add(new JsonObject
            {
                ["name"] = name,
                ["ready"] = entry.Status == HealthStatus.Healthy,
                ["detail"] = Detail(entry),
            });
        }
        var body = new JsonObject { ["status"] = ready ? "ready" : "not ready", ["checks"] = checks };
        return Results.Text(body.ToJsonString(), "application/json", statusCode: ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    private static string Detail(HealthReportEntry entry) =>
        entry.Exception is OperationCanceledException
            ? string.Create(CultureInfo.InvariantCulture, $"no answer within {ReadinessChecks.Timeout.TotalSeconds:0.#}s")
            : entry.Description ?? (entry.Status == HealthStatus.Healthy ? "ok" : "not ready");
}
