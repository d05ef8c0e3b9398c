using Odp.Engine.Outbox;
using Odp.Engine.Telemetry;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces.Provisioning;

namespace Odp.Engine.Access.Retrying;

/// <summary>
/// After a failed provisioning, the requester or an owner resumes it from the step that failed. The failure took the
/// grant out of the rules and the done <c>trino-grant</c> step is not run again, so the rules are rewritten here, as
/// the ticket grants again from now on (owed with the change, done before anyone is told).
/// </summary>
public sealed class RetryProvisioning(TicketMover mover, AccessPolicy policy, ProvisioningSignal provisioning, TimeProvider time)
{
    public async Task<TicketData> ExecuteAsync(string ticketId, string byUserId, CancellationToken cancellationToken)
    {
        using var span = OdpTraces.Access.StartActivity("RetryProvisioning")?.SetTag(OdpTraces.TicketTag, ticketId);
        var ticket = await mover.MoveAsync(ticketId, byUserId, async (user, t, people) =>
        {
            await policy.EnsureRequesterOrOwnerAsync(user, t.Data, people.Dataset, "retry", cancellationToken);
            t.Retry(user.Id, time.GetUtcNow());
            t.Owe(OwedKind.ApplyGrants);
        }, cancellationToken);
        provisioning.Wake();
        return ticket;
    }
}
