using Microsoft.Extensions.Logging;
using Odp.Engine.Directory;
using Odp.Engine.Notifications;
using Odp.Engine.Tickets;

namespace Odp.Engine.Access;

/// <summary>
/// The shape every person-driven transition shares: find the person as the directory has them now (a person it no
/// longer has, or has disabled, is refused), change the ticket under its lock after the policy agrees, store it, then
/// tell the people it concerns.
/// </summary>
public sealed class TicketMover(Participants participants, TicketGate gate, INotifier notifier, ILogger<TicketMover> logger)
{
    /// <summary>
    /// Runs <paramref name="move"/> on the stored ticket as <paramref name="byUserId"/>, stores the result and notifies
    /// the requester and owners. <paramref name="move"/> checks the policy and calls one intent method;
    /// <paramref name="enforce"/> runs after the store and before anyone is told (given the ticket and whether it
    /// granted access before the move), so that people hear of a change only once it holds.
    /// </summary>
    public async Task<TicketData> MoveAsync(
        string ticketId,
        string byUserId,
        Func<DirectoryUser, Ticket, TicketPeople, Task> move,
        Func<TicketData, bool, Task>? enforce,
        CancellationToken cancellationToken)
    {
        var user = await participants.RequireActiveUserAsync(byUserId, cancellationToken);
        var (data, people, wasGranting) = await gate.ChangeAsync(ticketId, async ticket =>
        {
            var people = await participants.PeopleOfAsync(ticket.Data, cancellationToken);
            var granting = LiveGrants.IsLive(ticket.State);
            await move(user, ticket, people);
            return (ticket.Data, people, granting);
        }, cancellationToken);
        logger.LogInformation("{Ticket} is {State} after {User}", data.Id, data.State, user.Id);
        if (enforce is not null) await enforce(data, wasGranting);
        await notifier.TryNotifyAsync(new TicketChanged(data, data.Events[^1], people.Requester, people.Owners), logger, cancellationToken);
        return data;
    }
}
