using Odp.Engine.Tickets;
using Odp.Engine.Workspaces.Provisioning;

namespace Odp.Engine.Access.Retrying;

/// <summary>After a failed provisioning, the requester or an owner resumes it from the step that failed.</summary>
public sealed class RetryProvisioning(TicketMover mover, AccessPolicy policy, ProvisioningSignal provisioning, TimeProvider time)
{
    public async Task<TicketData> ExecuteAsync(string ticketId, string byUserId, CancellationToken cancellationToken)
    {
        var ticket = await mover.MoveAsync(ticketId, byUserId, async (user, t, people) =>
        {
            await policy.EnsureRequesterOrOwnerAsync(user, t.Data, people.Dataset, "retry", cancellationToken);
            t.Retry(user.Id, time.GetUtcNow());
        }, null, cancellationToken);
        provisioning.Wake();
        return ticket;
    }
}
