using Microsoft.Extensions.Logging;
using Odp.Engine.Notifications;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces.Provisioning;

namespace Odp.Engine.Access.Retrying;

/// <summary>After a failed provisioning, the requester or an owner resumes it from the step that failed.</summary>
public sealed class RetryProvisioning(
    Participants participants,
    AccessPolicy policy,
    TicketGate gate,
    INotifier notifier,
    ProvisioningSignal provisioning,
    TimeProvider time,
    ILogger<RetryProvisioning> logger)
{
    public async Task<TicketData> ExecuteAsync(string ticketId, string byUserId, CancellationToken cancellationToken)
    {
        var user = await participants.RequireUserAsync(byUserId, cancellationToken);
        var (data, people) = await gate.ChangeAsync(ticketId, async ticket =>
        {
            var people = await participants.PeopleOfAsync(ticket.Data, cancellationToken);
            await policy.EnsureRequesterOrOwnerAsync(user, ticket.Data, people.Dataset, "retry", cancellationToken);
            ticket.Retry(user.Id, time.GetUtcNow());
            return (ticket.Data, people);
        }, cancellationToken);
        provisioning.Wake();
        await notifier.TryNotifyAsync(new TicketChanged(data, data.Events[^1], people.Requester, people.Owners), logger, cancellationToken);
        return data;
    }
}
