using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Odp.Engine.Access.Enforcement;
using Odp.Engine.Integrations.Trino;
using Odp.Engine.Integrations.Trino.Rules;
using Odp.Engine.Notifications;
using Odp.Engine.Tickets;

namespace Odp.Engine.Access.Drift;

/// <summary>
/// Every <c>Odp:Trino:DriftCheckInterval</c> (on the injected clock) compares the live rules file with what the
/// Provisioning and Active tickets require (the document the enforcer's builder makes from GrantSync's grants). On
/// any difference — a hand edit adding or removing a rule, reordering, an unreadable file — it rewrites the file
/// through GrantSync and the enforcer, tells the ops conversation and writes an audit entry. No file and no grants
/// is not drift: Trino is not managed yet.
/// </summary>
public sealed class DriftRepair(
    ITicketStore store,
    GrantSync grantSync,
    FileRulesEnforcer enforcer,
    INotifier notifier,
    DriftAudit audit,
    IOptions<DriftOptions> options,
    TimeProvider time,
    ILogger<DriftRepair> logger) : BackgroundService
{
    public async Task<DriftReport> CheckAsync(CancellationToken cancellationToken)
    {
        var tickets = await store.QueryAsync(new TicketQuery(States: GrantSync.GrantingStates), cancellationToken);
        var grants = tickets.Select(t => GrantSync.ToGrant(t.Data)).ToList();
        var before = File.Exists(enforcer.RulesFile) ? await File.ReadAllTextAsync(enforcer.RulesFile, cancellationToken) : null;
        var now = time.GetUtcNow();
        if (before is null && grants.Count == 0) return new DriftReport(now, [], [], false, false, false);

        var expected = Canonical((await enforcer.BuildAsync(grants, cancellationToken)).ToJson())!;
        var live = before is null ? new JsonObject() : Canonical(before);
        var (missing, extra, reordered) = live is null ? (new List<string>(), new List<string>(), false) : RulesDiff.Compare(live, expected);
        var report = new DriftReport(now, missing, extra, reordered, Unreadable: live is null, Repaired: false);
        if (!report.Drifted) return report;

        await grantSync.ApplyAsync(cancellationToken);
        report = report with { Repaired = true };
        var details = string.Join("\n", [.. missing.Select(m => "+ " + m), .. extra.Select(e => "- " + e)]);
        logger.LogWarning("Trino rules in {RulesFile} drifted ({Summary}); rewrote them from {GrantCount} grants\n{Details}",
            enforcer.RulesFile, report.Summary, grants.Count, details);
        audit.Record(now, "trino-rules-drift-repair", $"{enforcer.RulesFile}: {report.Summary}", $"rewritten from {grants.Count} grants");
        var text = $"Trino rules drifted from the tickets ({report.Summary}) and were rewritten from {grants.Count} grants." +
            (details.Length == 0 ? "" : "\n" + details);
        await notifier.TryNotifyAsync(new OpsAlert("Trino rules repaired", text, now), logger, cancellationToken);
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
                await CheckAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Trino rules drift check failed; it will run again");
            }
        }
    }

    // Through the typed model, so key order and legacy booleans do not count as drift; null when unreadable.
    private static JsonObject? Canonical(string json)
    {
        try
        {
            return JsonNode.Parse(TrinoRulesDocument.Parse(json).ToJson())!.AsObject();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
