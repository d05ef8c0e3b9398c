using Microsoft.Extensions.Options;
using Odp.Engine.Budget;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces.Provisioning;

namespace Odp.Engine.Access.Ending;

/// <summary>
/// The requester cancels a pending request; the requester or an owner revokes access. A revocation's follow-up —
/// the rules, the member's Jupyter server, the team's workspace and (gitops) that change's pipeline — is owed in
/// <see cref="GrantEndings"/> before the ticket is stored: the rules, server and workspace are done before anyone is
/// told, the pipeline is followed by the provisioning worker, and a crash leaves the rest to its next pass.
/// </summary>
public sealed class EndAccess(
    TicketMover mover, AccessPolicy policy, GrantEndings endings, ProvisioningSignal worker, IOptions<AccessOptions> options, TimeProvider time)
{
    public Task<TicketData> CancelAsync(string ticketId, string byUserId, CancellationToken cancellationToken) =>
        mover.MoveAsync(ticketId, byUserId, (user, t, _) =>
        {
            AccessPolicy.EnsureCanCancel(user, t.Data);
            t.Cancel(user.Id, time.GetUtcNow());
            return Task.CompletedTask;
        }, null, cancellationToken);

    public Task<TicketData> RevokeAsync(string ticketId, string byUserId, string? reason, CancellationToken cancellationToken)
    {
        InputLimits.Text(reason, options.Value.ReasonMaxLength, "A reason");
        return mover.MoveAsync(ticketId, byUserId, async (user, t, people) =>
            {
                await policy.EnsureRequesterOrOwnerAsync(user, t.Data, people.Dataset, "revoke", cancellationToken);
                var note = reason ?? (user.Id == t.Data.User ? "given up by the requester" : "revoked by an owner");
                t.Revoke(user.Id, note, time.GetUtcNow());
                endings.Record(t.Data, tell: false);
            },
            async (ticket, _) =>
            {
                await endings.FinishAsync(ticket.Id, followRollout: false, cancellationToken);
                worker.Wake();
            },
            cancellationToken);
    }
}
