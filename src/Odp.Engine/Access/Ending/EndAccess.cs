using Microsoft.Extensions.Logging;
using Odp.Engine.Notifications;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces;

namespace Odp.Engine.Access.Ending;

/// <summary>The requester cancels a pending request; the requester or an owner revokes access.</summary>
public sealed class EndAccess(
    Participants participants,
    AccessPolicy policy,
    TicketGate gate,
    WorkspaceSync workspaces,
    INotifier notifier,
    TimeProvider time,
    ILogger<EndAccess> logger)
{
    public Task<TicketData> CancelAsync(string ticketId, string byUserId, CancellationToken cancellationToken) =>
        EndAsync(ticketId, byUserId, (user, ticket, _) =>
        {
            AccessPolicy.EnsureCanCancel(user, ticket.Data);
            ticket.Cancel(user.Id, time.GetUtcNow());
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<TicketData> RevokeAsync(string ticketId, string byUserId, string? reason, CancellationToken cancellationToken) =>
        EndAsync(ticketId, byUserId, async (user, ticket, people) =>
        {
            await policy.EnsureRequesterOrOwnerAsync(user, ticket.Data, people.Dataset, "revoke", cancellationToken);
            var note = reason ?? (user.Id == ticket.Data.User ? "given up by the requester" : "revoked by an owner");
            ticket.Revoke(user.Id, note, time.GetUtcNow());
        }, cancellationToken);

    private async Task<TicketData> EndAsync(
        string ticketId, string byUserId, Func<Directory.DirectoryUser, Ticket, TicketPeople, Task> end, CancellationToken cancellationToken)
    {
        var user = await participants.RequireUserAsync(byUserId, cancellationToken);
        var (data, people, wasGranting) = await gate.ChangeAsync(ticketId, async ticket =>
        {
            var people = await participants.PeopleOfAsync(ticket.Data, cancellationToken);
            var granting = Enforcement.GrantSync.GrantingStates.Contains(ticket.State);
            await end(user, ticket, people);
            return (ticket.Data, people, granting);
        }, cancellationToken);

        logger.LogInformation("{Ticket} {State} by {User}", data.Id, data.State, user.Id);
        if (wasGranting) await workspaces.ReconcileAsync(data.Workspace, cancellationToken);
        await notifier.TryNotifyAsync(new TicketChanged(data, data.Events[^1], people.Requester, people.Owners), logger, cancellationToken);
        return data;
    }
}
