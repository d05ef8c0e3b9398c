using Odp.Engine.Integrations.JupyterHub;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces;

namespace Odp.Engine.Access.Ending;

/// <summary>
/// The requester cancels a pending request; the requester or an owner revokes access. Ending a grant rewrites the
/// rules and the team's workspace from what remains, and releases the member's Jupyter server when it was their last
/// grant there.
/// </summary>
public sealed class EndAccess(TicketMover mover, AccessPolicy policy, WorkspaceSync workspaces, JupyterServerRelease servers, TimeProvider time)
{
    public Task<TicketData> CancelAsync(string ticketId, string byUserId, CancellationToken cancellationToken) =>
        mover.MoveAsync(ticketId, byUserId, (user, t, _) =>
        {
            AccessPolicy.EnsureCanCancel(user, t.Data);
            t.Cancel(user.Id, time.GetUtcNow());
            return Task.CompletedTask;
        }, null, cancellationToken);

    public Task<TicketData> RevokeAsync(string ticketId, string byUserId, string? reason, CancellationToken cancellationToken) =>
        mover.MoveAsync(ticketId, byUserId, async (user, t, people) =>
            {
                await policy.EnsureRequesterOrOwnerAsync(user, t.Data, people.Dataset, "revoke", cancellationToken);
                var note = reason ?? (user.Id == t.Data.User ? "given up by the requester" : "revoked by an owner");
                t.Revoke(user.Id, note, time.GetUtcNow());
            },
            async (ticket, wasGranting) =>
            {
                if (wasGranting) await workspaces.ReconcileAsync(ticket.Workspace, cancellationToken);
                await servers.ReleaseAsync([ticket], cancellationToken);
            },
            cancellationToken);
}
