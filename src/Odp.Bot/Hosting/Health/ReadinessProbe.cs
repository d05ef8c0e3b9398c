using Microsoft.Extensions.Diagnostics.HealthChecks;
using Odp.Engine.Hosting.Health;

namespace Odp.Bot.Hosting.Health;

/// <summary>
/// Runs the readiness checks (tag <see cref="ReadinessChecks.Tag"/>, each within <see cref="ReadinessChecks.Timeout"/>)
/// at most once per <see cref="CacheFor"/>: callers in between get the last report, and callers while a run is under
/// way share it. So however often probes (or anyone, unauthenticated) ask, the backends are asked at most once per
/// <see cref="CacheFor"/>, and a run never takes much longer than the slowest check's timeout.
/// </summary>
public sealed class ReadinessProbe(HealthCheckService checks, TimeProvider time)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);

    private readonly Lock gate = new();
    private HealthReport? latest;
    private DateTimeOffset latestAt;
    private Task<HealthReport>? running;

    public Task<HealthReport> ReportAsync()
    {
        lock (gate)
        {
            if (latest is not null && time.GetUtcNow() - latestAt < CacheFor) return Task.FromResult(latest);
            // Task.Run: the run is stored before it can end and clear itself.
            return running ??= Task.Run(RunAsync);
        }
    }

    private async Task<HealthReport> RunAsync()
    {
        try
        {
            // Not the caller's token: a caller that hangs up doesn't cancel the run others share.
            var report = await checks.CheckHealthAsync(r => r.Tags.Contains(ReadinessChecks.Tag), CancellationToken.None);
            lock (gate) (latest, latestAt) = (report, time.GetUtcNow());
            return report;
        }
        finally
        {
            lock (gate) running = null;
        }
    }
}
