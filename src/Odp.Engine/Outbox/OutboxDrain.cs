using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Logging;
using Odp.Engine.Storage.Leases;
using Odp.Engine.Workspaces.Provisioning;
using Odp.Engine.Telemetry;
using Odp.Engine.Tickets;

namespace Odp.Engine.Outbox;

/// <summary>
/// Runs what tickets owe, in the order they owe it, under the lease <c>outbox:{ticket}</c>: one drain at a time (of
/// any replica, or of this one: each drain is its own holder) works on a ticket's items, and a replica that dies leaves them to whoever takes the lease after it expires. An item is
/// removed once done, so delivery is at least once: a message that went out just before a crash is sent again.
/// <para>A failed item is kept and tried again on the next pass, up to <see cref="MaxAttempts"/> (operators are
/// alerted on the first failure and when ODP gives up, <see cref="OwedWorkAlerts"/>). A failed
/// <see cref="OwedKind.ApplyGrants"/> holds back the rest of the ticket's items, so nobody hears of a change Trino
/// does not hold yet, and is never given up; a rollout waits for its workspace update.</para>
/// </summary>
public sealed class OutboxDrain(
    IOutbox outbox,
    ITicketStore store,
    ILeaseStore leases,
    ReplicaIdentity replica,
    OwedWorkRunner runner,
    OwedWorkAlerts alerts,
    TimeProvider time,
    ILogger<OutboxDrain> logger)
{
    /// <summary>How many failed runs an item gets before ODP gives up on it.</summary>
    public const int MaxAttempts = 10;

    /// <summary>How many tickets one pass looks at; the rest wait for the next pass.</summary>
    public const int PassSize = 200;

    /// <summary>When an item that waits for a person (<see cref="StepWaitingException"/>) is looked at again; never counted as a failure.</summary>
    public static readonly TimeSpan WaitingRetry = TimeSpan.FromMinutes(1);

    /// <summary>How long a replica holds a ticket's items before another may take them; renewed before each item.</summary>
    public static readonly TimeSpan LeaseLength = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Right after a command stored a change: does what the ticket owes now, except following a rollout (that takes
    /// minutes; the worker does it). A failed <see cref="OwedKind.ApplyGrants"/> throws, so the command reports it.
    /// Another replica already on the ticket's items is left to it.
    /// </summary>
    public Task DrainTicketAsync(string ticketId, CancellationToken cancellationToken) =>
        DrainAsync(ticketId, worker: false, cancellationToken);

    /// <summary>A worker pass: every ticket with an item due; a failing ticket is logged and left for the next pass.</summary>
    public async Task DrainDueAsync(CancellationToken cancellationToken)
    {
        foreach (var id in await outbox.DueTicketsAsync(time.GetUtcNow(), PassSize, cancellationToken))
        {
            try
            {
                await DrainAsync(id, worker: true, cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogError(e, "{Ticket}: running its owed work failed; the next pass tries again", id);
            }
        }
    }

    /// <summary>True while some item is due now.</summary>
    public async Task<bool> AnyDueAsync(CancellationToken cancellationToken) =>
        (await outbox.DueTicketsAsync(time.GetUtcNow(), 1, cancellationToken)).Count > 0;

    private async Task DrainAsync(string ticketId, bool worker, CancellationToken cancellationToken)
    {
        var lease = "outbox:" + ticketId;
        var holder = replica.NewClaim();
        if (!await leases.TryAcquireAsync(lease, holder, time.GetUtcNow(), LeaseLength, cancellationToken)) return;
        using var span = OdpTraces.Provisioning.StartActivity("OutboxDrain.Drain")?.SetTag(OdpTraces.TicketTag, ticketId);
        try
        {
            var items = await outbox.OwedByAsync(ticketId, cancellationToken);
            if (items.Count == 0) return;
            var ticket = (await store.FindAsync(ticketId, cancellationToken))?.Data;
            var left = items.ToList();
            foreach (var item in items)
            {
                if (ticket is null || !left.Contains(item) || item.DueAt > time.GetUtcNow()) continue;
                if (item.Kind == OwedKind.FollowRollout && (!worker || left.Any(i => i.Kind == OwedKind.UpdateWorkspace))) continue;
                await leases.TryAcquireAsync(lease, holder, time.GetUtcNow(), LeaseLength, cancellationToken);
                bool changed;
                try
                {
                    changed = await runner.RunAsync(item, ticket, cancellationToken);
                }
                catch (StepWaitingException waiting)
                {
                    // Nothing failed: a rollout waits for a person (a merge request to merge). Look again later.
                    logger.LogInformation("{Ticket}: {Kind} is {Note}; it is looked at again in {Wait}", ticket.Id, item.Kind, waiting.Message, WaitingRetry);
                    await outbox.PostponeAsync(item.Id, item.Attempts, time.GetUtcNow() + WaitingRetry, cancellationToken);
                    continue;
                }
                catch (Exception e) when (!cancellationToken.IsCancellationRequested)
                {
                    if (await FailedAsync(item, ticket, e, worker, cancellationToken)) left.Remove(item);
                    if (item.Kind == OwedKind.ApplyGrants) break;
                    continue;
                }
                cancellationToken.ThrowIfCancellationRequested();
                await outbox.DoneAsync(item.Id, cancellationToken);
                left.Remove(item);
                if (!changed) await SkipRolloutsAsync(left, cancellationToken);
            }
            // A ticket that is gone (never in this store) owes nothing.
            if (ticket is null) foreach (var item in items) await outbox.DoneAsync(item.Id, cancellationToken);
        }
        finally
        {
            // Stopping (or dying) leaves the lease to expire: what was cut short may have half-happened.
            if (!cancellationToken.IsCancellationRequested) await leases.ReleaseAsync(lease, holder, CancellationToken.None);
        }
    }

    /// <summary>Keeps the item for the next pass, or gives it up; true when given up. Rethrows a command's failed grants.</summary>
    private async Task<bool> FailedAsync(OwedItem item, TicketData ticket, Exception error, bool worker, CancellationToken cancellationToken)
    {
        var attempts = item.Attempts + 1;
        logger.LogError(error, "{Ticket}: {Kind} failed (attempt {Attempt})", ticket.Id, item.Kind, attempts);
        if (item.Kind == OwedKind.ApplyGrants)
        {
            await outbox.PostponeAsync(item.Id, attempts, time.GetUtcNow(), cancellationToken);
            if (!worker) ExceptionDispatchInfo.Capture(error).Throw();
            return false;
        }
        await alerts.FailedAsync(item.Kind, ticket, error, attempts, MaxAttempts, cancellationToken);
        if (attempts >= MaxAttempts)
        {
            await outbox.DoneAsync(item.Id, cancellationToken);
            return true;
        }
        await outbox.PostponeAsync(item.Id, attempts, time.GetUtcNow(), cancellationToken);
        return false;
    }

    /// <summary>The team has no workspace, so the change has nothing to roll out.</summary>
    private async Task SkipRolloutsAsync(List<OwedItem> left, CancellationToken cancellationToken)
    {
        foreach (var rollout in left.Where(i => i.Kind == OwedKind.FollowRollout).ToList())
        {
            await outbox.DoneAsync(rollout.Id, cancellationToken);
            left.Remove(rollout);
        }
    }
}
