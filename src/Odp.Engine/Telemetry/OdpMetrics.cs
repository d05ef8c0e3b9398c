using System.Diagnostics.Metrics;
using Odp.Engine.Tickets;

namespace Odp.Engine.Telemetry;

/// <summary>
/// Every domain instrument OpenDataPlane records, on the one <see cref="Meter"/> named <see cref="MeterName"/>
/// (Prometheus shows <c>odp.requests.filed</c> as <c>odp_requests_filed_total</c>). Labels are low-cardinality only:
/// outcomes, states, step names, platforms — never a ticket id, a person or a dataset. The store's gauges (tickets by
/// state, the outbox) are <see cref="StoreGauges"/>; the backend-call instruments belong to the outbound HTTP handler,
/// on the same meter name.
/// </summary>
public sealed class OdpMetrics
{
    public const string MeterName = "OpenDataPlane";

    private static readonly double[] DecisionBuckets = [60, 300, 900, 1800, 3600, 4 * 3600, 12 * 3600, 86400, 3 * 86400, 7 * 86400, 14 * 86400];
    private static readonly double[] ActivationBuckets = [1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600, 4 * 3600];
    private static readonly double[] StepBuckets = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600];
    private static readonly double[] AckBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5];

    private readonly TimeProvider time;
    private readonly Counter<long> filed;
    private readonly Counter<long> decided;
    private readonly Counter<long> expired;
    private readonly Counter<long> revoked;
    private readonly Counter<long> cancelled;
    private readonly Histogram<double> decisionTime;
    private readonly Histogram<double> activationTime;
    private readonly Histogram<double> stepDuration;
    private readonly Counter<long> stepFailures;
    private readonly Counter<long> driftRepairs;
    private readonly Counter<long> catalogSyncs;
    private readonly Histogram<double> ackDuration;
    private long catalogDatasets = -1;
    private long lastSyncTicks = -1;

    public OdpMetrics(IMeterFactory meters, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(meters);
        this.time = time;
        Meter = meters.Create(MeterName);
        filed = Meter.CreateCounter<long>("odp.requests.filed", "{request}", "Access requests filed.");
        decided = Meter.CreateCounter<long>("odp.requests.decided", "{request}", "Requests an owner decided, by outcome (approved, denied).");
        expired = Meter.CreateCounter<long>("odp.requests.expired", "{request}", "Tickets expired, by the state they left (pending: nobody reviewed; active: time up).");
        revoked = Meter.CreateCounter<long>("odp.requests.revoked", "{request}", "Grants revoked by the requester or an owner.");
        cancelled = Meter.CreateCounter<long>("odp.requests.cancelled", "{request}", "Pending requests cancelled by the requester.");
        decisionTime = Meter.CreateHistogram("odp.request.decision.time", "s", "From filing a request to its decision, by outcome.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DecisionBuckets });
        activationTime = Meter.CreateHistogram("odp.request.activation.time", "s", "From the approval to Active (provisioning done).",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = ActivationBuckets });
        stepDuration = Meter.CreateHistogram("odp.provisioning.step.duration", "s", "One provisioning step with its retries, by step and outcome.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = StepBuckets });
        stepFailures = Meter.CreateCounter<long>("odp.provisioning.step.failures", "{failure}", "Provisioning steps that failed the ticket, by step.");
        driftRepairs = Meter.CreateCounter<long>("odp.drift.repairs", "{repair}", "Times Trino's access drifted from the tickets and was rewritten, by unit (rule, grant).");
        catalogSyncs = Meter.CreateCounter<long>("odp.catalog.syncs", "{sync}", "Catalog syncs, by outcome (succeeded, failed).");
        ackDuration = Meter.CreateHistogram("odp.chat.ack.duration", "s", "From a chat request's arrival to its ack, by platform and kind (command, action).",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = AckBuckets });
        Meter.CreateObservableGauge("odp.catalog.datasets", ObserveDatasets, "{dataset}", "Datasets in the catalog after the last sync.");
        Meter.CreateObservableGauge("odp.catalog.last_sync.age", ObserveSyncAge, "s", "Seconds since the last catalog sync that succeeded.");
    }

    /// <summary>The meter; <see cref="StoreGauges"/> adds its gauges to it.</summary>
    public Meter Meter { get; }

    public void Filed() => filed.Add(1);

    /// <summary>An owner decided <paramref name="ticket"/> (now Approved or Denied); its decision time is from its filing.</summary>
    public void Decided(TicketData ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var outcome = new KeyValuePair<string, object?>("outcome", ticket.State == TicketState.Approved ? "approved" : "denied");
        decided.Add(1, outcome);
        decisionTime.Record(Seconds(ticket.Events[^1].At - ticket.CreatedAt), outcome);
    }

    /// <summary><paramref name="ticket"/> just expired; the label says from which state.</summary>
    public void Expired(TicketData ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var from = ticket.Events[^1].From == TicketState.Pending ? "pending" : "active";
        expired.Add(1, new KeyValuePair<string, object?>("state", from));
    }

    public void Revoked() => revoked.Add(1);

    public void Cancelled() => cancelled.Add(1);

    /// <summary><paramref name="ticket"/> just turned Active: the time since its (last) approval.</summary>
    public void Activated(TicketData ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (ticket.Events.LastOrDefault(e => e.To == TicketState.Approved) is { } approval)
            activationTime.Record(Seconds(ticket.Events[^1].At - approval.At));
    }

    /// <summary>A provisioning step ran (with its retries) for <paramref name="elapsed"/>; a failure failed the ticket.</summary>
    public void StepRan(string step, TimeSpan elapsed, bool failed)
    {
        var name = new KeyValuePair<string, object?>("step", step);
        stepDuration.Record(Seconds(elapsed), name, new KeyValuePair<string, object?>("outcome", failed ? "failed" : "succeeded"));
        if (failed) stepFailures.Add(1, name);
    }

    public void DriftRepaired(string unit) => driftRepairs.Add(1, new KeyValuePair<string, object?>("unit", unit));

    /// <summary>A catalog sync ended: with the catalog's size when it succeeded, without when it failed.</summary>
    public void CatalogSynced(int? datasets)
    {
        catalogSyncs.Add(1, new KeyValuePair<string, object?>("outcome", datasets is null ? "failed" : "succeeded"));
        if (datasets is not { } count) return;
        Interlocked.Exchange(ref catalogDatasets, count);
        Interlocked.Exchange(ref lastSyncTicks, time.GetUtcNow().UtcTicks);
    }

    /// <summary>A chat platform's request was acked after <paramref name="elapsed"/>.</summary>
    public void Acked(string platform, string kind, TimeSpan elapsed) =>
        ackDuration.Record(Seconds(elapsed), new KeyValuePair<string, object?>("platform", platform), new KeyValuePair<string, object?>("kind", kind));

    private IEnumerable<Measurement<long>> ObserveDatasets()
    {
        var count = Interlocked.Read(ref catalogDatasets);
        return count < 0 ? [] : [new Measurement<long>(count)];
    }

    private IEnumerable<Measurement<double>> ObserveSyncAge()
    {
        var ticks = Interlocked.Read(ref lastSyncTicks);
        return ticks < 0 ? [] : [new Measurement<double>(Seconds(time.GetUtcNow() - new DateTimeOffset(ticks, TimeSpan.Zero)))];
    }

    private static double Seconds(TimeSpan span) => Math.Max(0, span.TotalSeconds);
}
