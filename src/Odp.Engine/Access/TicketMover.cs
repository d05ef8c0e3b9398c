using Microsoft.Extensions.Logging;
using Odp.Engine.Directory;
using Odp.Engine.Outbox;
using Odp.Engine.Tickets;

namespace Odp.Engine.Access;

/// <summary>
/// The shape every person-driven transition shares: find the person as the directory has them now (a person it no
/// longer has, or has disabled, is refused), change the ticket through the gate after the policy agrees, and owe the
/// people it concerns the news — stored with the change, told by the outbox once what the change owes before it
/// (Trino's rules, the workspace) is done.
/// </summary>
public sealed class TicketMover(Participants participants, TicketGate gate, ILogger<TicketMover> logger)
{
    /// <summary>
    /// Runs <paramref name="move"/> on the stored ticket as <paramref name="byUserId"/> and stores the result.
    /// <paramref name="move"/> checks the policy, calls one intent method and owes what the change needs done
    /// (<see cref="Ticket.Owe"/>); the requester and owners are told after that work unless it owed the telling itself.
    /// </summary>
    public async Task<TicketData> MoveAsync(
        string ticketId,
        string byUserId,
        Func<DirectoryUser, Ticket, TicketPeople, Task> move,
        CancellationToken cancellationToken)
    {
        var user = await participants.RequireActiveUserAsync(byUserId, cancellationToken);
        var data = await gate.ChangeAsync(ticketId, async ticket =>
        {
            var people = await participants.PeopleOfAsync(ticket.Data, cancellationToken);
            await move(user, ticket, people);
            if (!ticket.Owed.Any(o => o.Kind == OwedKind.TellChange)) ticket.Owe(OwedKind.TellChange);
            return ticket.Data;
        }, cancellationToken);
        logger.LogInformation("{Ticket} is {State} after {User}", data.Id, data.State, user.Id);
        return data;
    }
}
