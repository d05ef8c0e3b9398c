using Odp.Engine.Errors;
using Odp.Engine.Tickets;

namespace Odp.Engine.Access.Queries;

/// <summary>What a user may read about tickets: their own, and those they are asked to decide.</summary>
public sealed class TicketQueries(ITicketStore store, Participants participants)
{
    /// <summary>A ticket, for its requester or one of the dataset's owners.</summary>
    public async Task<TicketData> StatusAsync(string ticketId, string viewerId, CancellationToken cancellationToken)
    {
        var id = TicketIds.Require(ticketId);
        var ticket = await store.FindAsync(id, cancellationToken)
            ?? throw TicketGate.NoSuchTicket(id);
        if (string.Equals(ticket.Data.User, viewerId, StringComparison.OrdinalIgnoreCase)) return ticket.Data;
        var people = await participants.PeopleOfAsync(ticket.Data, cancellationToken);
        if (people.Owners.Any(o => string.Equals(o.Id, viewerId, StringComparison.OrdinalIgnoreCase))) return ticket.Data;
        throw new NotAllowedException($"{id} belongs to someone else; only its requester and the owners of its dataset can see it.");
    }

    /// <summary>The user's own tickets, newest first.</summary>
    public async Task<IReadOnlyList<TicketData>> MineAsync(string userId, CancellationToken cancellationToken)
    {
        var mine = await store.QueryAsync(new TicketQuery(User: userId), cancellationToken);
        return [.. mine.Select(t => t.Data).Reverse()];
    }

    /// <summary>Pending requests the user may decide: they own the dataset and did not ask for it. Oldest first.</summary>
    public async Task<IReadOnlyList<TicketData>> PendingAsync(string userId, CancellationToken cancellationToken)
    {
        var pending = await store.QueryAsync(new TicketQuery(States: [TicketState.Pending]), cancellationToken);
        var mine = new List<TicketData>();
        foreach (var ticket in pending.Select(t => t.Data))
        {
            if (string.Equals(ticket.User, userId, StringComparison.OrdinalIgnoreCase)) continue;
            var people = await participants.PeopleOfAsync(ticket, cancellationToken);
            if (people.Owners.Any(o => string.Equals(o.Id, userId, StringComparison.OrdinalIgnoreCase))) mine.Add(ticket);
        }
        return mine;
    }
}
