using Microsoft.Extensions.Options;
using Odp.Engine.Budget;
using Odp.Engine.Telemetry;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces.Provisioning;

namespace Odp.Engine.Access.Ending;

/// <summary>
/// The requester cancels a pending request; the requester or an owner revokes access. A revocation's follow-up —
/// the rules, the member's Jupyter server, the team's workspace, the notice and (gitops) that change's pipeline — is
/// owed with the stored ticket (<see cref="EndingWork"/>): all but the pipeline are done before the command returns,
/// the pipeline is followed by the worker, and a crash leaves the rest to its next pass.
/// </summary>
public sealed class EndAccess(
    TicketMover mover, AccessPolicy policy, EndingWork ending, ProvisioningSignal worker, IOptions<AccessOptions> options, OdpMetrics metrics,
    TimeProvider time)
{
    public async Task<TicketData> CancelAsync(string ticketId, string byUserId, CancellationToken cancellationToken)
    {
        using var span = OdpTraces.Access.StartActivity("EndAccess.cancel")?.SetTag(OdpTraces.TicketTag, ticketId);
        var ticket = await mover.MoveAsync(ticketId, byUserId, (user, t, _) =>
        {
            AccessPolicy.EnsureCanCancel(user, t.Data);
            t.Cancel(user.Id, time.GetUtcNow());
            return Task.CompletedTask;
        }, cancellationToken);
        metrics.Cancelled();
        return ticket;
    }

    public async Task<TicketData> RevokeAsync(string ticketId, string byUserId, string? reason, CancellationToken cancellationToken)
    {
        using var span = OdpTraces.Access.StartActivity("EndAccess.revoke")?.SetTag(OdpTraces.TicketTag, ticketId);
        InputLimits.Text(reason, options.Value.ReasonMaxLength, "A reason");
        var ticket = await mover.MoveAsync(ticketId, byUserId, async (user, t, people) =>
            {
                await policy.EnsureRequesterOrOwnerAsync(user, t.Data, people.Dataset, "revoke", cancellationToken);
                var note = reason ?? (user.Id == t.Data.User ? "given up by the requester" : "revoked by an owner");
                t.Revoke(user.Id, note, time.GetUtcNow());
                ending.Owe(t);
            },
            cancellationToken);
        metrics.Revoked();
        worker.Wake();
        return ticket;
    }
}
