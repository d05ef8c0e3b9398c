using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Odp.Engine.Access.Ending;
using Odp.Engine.Telemetry;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces.Provisioning;

namespace Odp.Engine.Access.Expiry;

/// <summary>
/// Ends access whose time is up, and requests nobody reviewed in time. Each expiry owes, stored with it
/// (<see cref="EndingWork"/>), the rewritten rules and workspace, the member's Jupyter server, the notice to the
/// requester and owners and (gitops) the pipeline; all but the pipeline are done as it is stored, the worker does the
/// rest, and after a crash its next pass does what was left.
/// </summary>
public sealed class ExpireAccess(
    ITicketStore store,
    TicketGate gate,
    EndingWork ending,
    ProvisioningSignal worker,
    IOptions<AccessOptions> options,
    OdpMetrics metrics,
    TimeProvider time,
    ILogger<ExpireAccess> logger)
{
    /// <summary>Expires everything due now; returns the tickets it expired.</summary>
    public async Task<IReadOnlyList<TicketData>> SweepAsync(CancellationToken cancellationToken)
    {
        using var span = OdpTraces.Access.StartActivity("ExpireAccess.Sweep");
        var candidates = await store.QueryAsync(new TicketQuery(States: [TicketState.Pending, TicketState.Active]), cancellationToken);
        var expired = new List<TicketData>();
        foreach (var candidate in candidates.Where(t => Due(t.Data) is not null))
        {
            try
            {
                var done = await gate.ChangeAsync(candidate.Id, ticket =>
                {
                    var note = Due(ticket.Data);
                    if (note is null) return Task.FromResult<TicketData?>(null);
                    ticket.Expire(note, time.GetUtcNow());
                    ending.Owe(ticket);
                    return Task.FromResult<TicketData?>(ticket.Data);
                }, cancellationToken);
                if (done is null) continue;
                expired.Add(done);
                metrics.Expired(done);
                logger.LogInformation("{Ticket} expired: {Note}", done.Id, done.Events[^1].Note);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogError(e, "{Ticket}: expiring it, or what its expiry owes, failed; the next pass tries again", candidate.Id);
            }
        }
        if (expired.Count > 0) worker.Wake();
        return expired;
    }

    /// <summary>Why the ticket is due to expire now, or null if it isn't.</summary>
    private string? Due(TicketData ticket)
    {
        var now = time.GetUtcNow();
        var days = options.Value.PendingExpiryDays;
        return ticket.State switch
        {
            TicketState.Active when ticket.ExpiresAt <= now => $"access ended after {DurationText.Format(ticket.Duration)}",
            TicketState.Pending when ticket.CreatedAt.AddDays(days) <= now => $"nobody reviewed it within {days} days",
            _ => null,
        };
    }
}
