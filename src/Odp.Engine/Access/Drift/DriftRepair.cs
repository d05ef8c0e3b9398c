using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Odp.Engine.Access.Enforcement;
using Odp.Engine.Notifications;
using Odp.Engine.Storage.Audit;

using Odp.Engine.Storage.Leases;
using Odp.Engine.Storage.Locks;
using Odp.Engine.Telemetry;

namespace Odp.Engine.Access.Drift;

/// <summary>
/// Every <c>Odp:Trino:DriftCheckInterval</c> (on the injected clock) compares what Trino enforces with what the
/// Provisioning and Active tickets require, through the mode's <see cref="IGrantDriftCheck"/> (the rules file, or SQL
/// grants). On any difference — a hand edit adding or removing a rule or grant, reordering, an unreadable file — it
/// applies the grants again through GrantSync and the enforcer, tells the ops conversation and writes an audit entry.
/// Nothing managed yet is not drift. The check and the repair hold the rules lock (<see cref="GrantSync.LockName"/>),
/// so a grant being applied meanwhile is never mistaken for drift; the periodic check runs on the one replica that
/// holds the lease <c>sweep:drift</c>.
/// </summary>
public sealed class DriftRepair(
    LiveGrants live,
    GrantSync grantSync,
    IStoreLock locks,
    SingletonLease lease,
    IGrantDriftCheck check,
    INotifier notifier,
    IAuditLog audit,
    IOptions<DriftOptions> options,
    TimeProvider time,
    ILogger<DriftRepair> logger,
    OdpMetrics? metrics = null) : BackgroundService
{
    public async Task<DriftReport> CheckAsync(CancellationToken cancellationToken)
    {
        using var span = OdpTraces.Access.StartActivity("DriftRepair.Check");
        await using var _ = await locks.AcquireAsync(GrantSync.LockName, cancellationToken);
        var grants = (await live.AllAsync(cancellationToken)).Select(GrantSync.ToGrant).ToList();
        var now = time.GetUtcNow();
        var findings = await check.FindAsync(grants, cancellationToken);
        if (findings is null) return new DriftReport(now, [], [], false, false, false, check.Unit);

        var report = new DriftReport(now, findings.Missing, findings.Extra, findings.Reordered, findings.Unreadable, Repaired: false, check.Unit);
        if (!report.Drifted) return report;

        await grantSync.ApplyHeldAsync(cancellationToken);
        report = report with { Repaired = true };
        metrics?.DriftRepaired(check.Unit);
        span?.SetTag("odp.drift.repaired", true);
        var details = string.Join("\n", [.. report.Missing.Select(m => "+ " + m), .. report.Extra.Select(e => "- " + e)]);
        logger.LogWarning("{Title} in {Location} drifted ({Summary}); applied {GrantCount} grants again\n{Details}",
            check.Title, check.Location, report.Summary, grants.Count, details);
        await audit.RecordAsync(new AuditEntry(now, check.AuditWhat, $"{check.Location}: {report.Summary}", $"rewritten from {grants.Count} grants"), cancellationToken);
        var text = $"{check.Title} drifted from the tickets ({report.Summary}) and were rewritten from {grants.Count} grants." +
            (details.Length == 0 ? "" : "\n" + details);
        await notifier.TryNotifyAsync(new OpsAlert($"{check.Title} repaired", text, now), logger, cancellationToken);
        return report;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = DurationText.Parse(options.Value.DriftCheckInterval);
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(interval, time, stoppingToken);
            try
            {
                if (await lease.HoldAsync("sweep:drift", interval, stoppingToken)) await CheckAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Trino drift check failed; it will run again");
            }
        }
    }
}
