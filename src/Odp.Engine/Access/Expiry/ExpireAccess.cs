using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Odp.Engine.Integrations.JupyterHub;
using Odp.Engine.Notifications;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces;

namespace Odp.Engine.Access.Expiry;

/// <summary>
/// Ends access whose time is up, and requests nobody reviewed in time. The rules and workspaces are then
/// rewritten from the remaining grants, and members left without a grant in a workspace lose their Jupyter server.
/// </summary>
public sealed class ExpireAccess(
    ITicketStore store,
    TicketGate gate,
    Participants participants,
    WorkspaceSync workspaces,
    JupyterServerRelease servers,
    INotifier notifier,
    IOptions<AccessOptions> options,
    TimeProvider time,
    ILogger<ExpireAccess> logger)
{
    /// <summary>Expires everything due now; returns the tickets it expired.</summary>
    public async Task<IReadOnlyList<TicketData>> SweepAsync(CancellationToken cancellationToken)
    {
        var candidates = await store.QueryAsync(new TicketQuery(States: [TicketState.Pending, TicketState.Active]), cancellationToken);
        var expired = new List<(TicketData Ticket, bool WasGranting)>();
        foreach (var candidate in candidates.Where(t => Due(t.Data) is not null))
        {
            var done = await gate.ChangeAsync(candidate.Id, ticket =>
            {
                var note = Due(ticket.Data);
                if (note is null) return Task.FromResult<(TicketData, bool)?>(null);
                var wasGranting = ticket.State == TicketState.Active;
                ticket.Expire(note, time.GetUtcNow());
                return Task.FromResult<(TicketData, bool)?>((ticket.Data, wasGranting));
            }, cancellationToken);
            if (done is { } d) expired.Add(d);
        }

        foreach (var group in expired.Where(e => e.WasGranting).Select(e => e.Ticket.Workspace).Distinct(StringComparer.OrdinalIgnoreCase))
            await workspaces.ReconcileAsync(group, cancellationToken);
        await servers.ReleaseAsync(expired.Select(e => e.Ticket), cancellationToken);
        foreach (var (ticket, _) in expired)
        {
            logger.LogInformation("{Ticket} expired: {Note}", ticket.Id, ticket.Events[^1].Note);
            var people = await participants.PeopleOfAsync(ticket, cancellationToken);
            await notifier.TryNotifyAsync(new TicketChanged(ticket, ticket.Events[^1], people.Requester, people.Owners), logger, cancellationToken);
        }
        return [.. expired.Select(e => e.Ticket)];
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
