using Microsoft.Extensions.Logging;
using Odp.Engine.Errors;
using Odp.Engine.Notifications;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces.Provisioning;

namespace Odp.Engine.Access.Deciding;

/// <summary>An owner approves or denies a pending request. Racing decisions on one ticket produce exactly one.</summary>
public sealed class DecideAccess(
    Participants participants,
    AccessPolicy policy,
    TicketGate gate,
    INotifier notifier,
    ProvisioningSignal provisioning,
    TimeProvider time,
    ILogger<DecideAccess> logger)
{
    public Task<TicketData> ApproveAsync(string ticketId, string byUserId, CancellationToken cancellationToken) =>
        DecideAsync(ticketId, byUserId, "approve", (t, by, at) => t.Approve(by, at), cancellationToken);

    public Task<TicketData> DenyAsync(string ticketId, string byUserId, string reason, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new InvalidRequestException(
                "Please say why you deny it, so the requester knows what to do next.", "/odp deny ODP-n --reason \"why\"");
        return DecideAsync(ticketId, byUserId, "deny", (t, by, at) => t.Deny(by, reason.Trim(), at), cancellationToken);
    }

    private async Task<TicketData> DecideAsync(
        string ticketId, string byUserId, string verb, Action<Ticket, string, DateTimeOffset> decide, CancellationToken cancellationToken)
    {
        var user = await participants.RequireUserAsync(byUserId, cancellationToken);
        var (data, people) = await gate.ChangeAsync(ticketId, async ticket =>
        {
            var people = await participants.PeopleOfAsync(ticket.Data, cancellationToken);
            if (people.Dataset is null)
                throw new NotFoundException($"{ticket.Data.Dataset} is no longer in the catalog, so {ticket.Id} can't be decided. Ask an admin.");
            await policy.EnsureCanDecideAsync(user, ticket.Data, people.Dataset, verb, cancellationToken);
            decide(ticket, user.Id, time.GetUtcNow());
            return (ticket.Data, people);
        }, cancellationToken);

        logger.LogInformation("{Ticket} {Decision} by {User}", data.Id, data.State, user.Id);
        await notifier.TryNotifyAsync(new TicketChanged(data, data.Events[^1], people.Requester, people.Owners), logger, cancellationToken);
        if (data.State == TicketState.Approved) provisioning.Wake();
        return data;
    }
}
