using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Odp.Engine.Outbox;
using Odp.Engine.Tickets;

namespace Odp.Engine.Telemetry;

/// <summary>
/// The gauges read from the store: <c>odp.tickets</c> by state, <c>odp.outbox.depth</c> and
/// <c>odp.outbox.oldest.age</c>. A collection (a scrape) reads the store at most once per <see cref="MaxAge"/>: two
/// cheap queries, shared by the three gauges and by scrapes that come faster; a read waits at most
/// <see cref="ReadTimeout"/> and a failed or slow one leaves the last values (none before the first read).
/// </summary>
public sealed class StoreGauges
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(2);

    private readonly ITicketStore tickets;
    private readonly IOutbox outbox;
    private readonly TimeProvider time;
    private readonly ILogger<StoreGauges> logger;
    private readonly Lock gate = new();
    private Snapshot? latest;
    private Task? reading;

    public StoreGauges(OdpMetrics metrics, ITicketStore tickets, IOutbox outbox, TimeProvider time, ILogger<StoreGauges> logger)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        (this.tickets, this.outbox, this.time, this.logger) = (tickets, outbox, time, logger);
        metrics.Meter.CreateObservableGauge("odp.tickets", ObserveTickets, "{ticket}", "Tickets in each state.");
        metrics.Meter.CreateObservableGauge("odp.outbox.depth", ObserveDepth, "{item}", "Owed work items not done yet.");
        metrics.Meter.CreateObservableGauge("odp.outbox.oldest.age", ObserveOldest, "s", "Seconds since the oldest owed item still waiting was owed.");
    }

    private IEnumerable<Measurement<long>> ObserveTickets() =>
        Fresh() is { } s
            ? Enum.GetValues<TicketState>().Select(state => new Measurement<long>(
                s.Tickets.GetValueOrDefault(state), new KeyValuePair<string, object?>("state", state.ToString().ToLowerInvariant())))
            : [];

    private IEnumerable<Measurement<long>> ObserveDepth() =>
        Fresh() is { } s ? [new Measurement<long>(s.Backlog.Depth)] : [];

    private IEnumerable<Measurement<double>> ObserveOldest() =>
        Fresh() is { } s
            ? [new Measurement<double>(s.Backlog.OldestOwedAt is { } at ? Math.Max(0, (s.At - at).TotalSeconds) : 0)]
            : [];

    /// <summary>The values, read again when older than <see cref="MaxAge"/>; null until a read succeeded.</summary>
    private Snapshot? Fresh()
    {
        Task wait;
        lock (gate)
        {
            if (latest is not null && time.GetUtcNow() - latest.At < MaxAge) return latest;
            reading ??= Task.Run(ReadAsync);
            wait = reading;
        }
        wait.Wait(ReadTimeout); // ReadAsync never throws
        lock (gate) return latest;
    }

    private async Task ReadAsync()
    {
        try
        {
            using var deadline = new CancellationTokenSource(ReadTimeout, time);
            var counts = await tickets.CountByStateAsync(deadline.Token);
            var backlog = await outbox.BacklogAsync(deadline.Token);
            lock (gate) latest = new Snapshot(time.GetUtcNow(), counts, backlog);
        }
        catch (Exception e)
        {
            logger.LogWarning("Could not read the ticket and outbox gauges from the store: {Reason}", e.Message);
        }
        finally
        {
            lock (gate) reading = null;
        }
    }

    private sealed record Snapshot(DateTimeOffset At, IReadOnlyDictionary<TicketState, int> Tickets, OutboxBacklog Backlog);
}
