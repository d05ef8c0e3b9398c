using Odp.Engine.Errors;

namespace Odp.Engine.Tickets;

/// <summary>
/// The one way to change a stored ticket: take the ticket's lock, load it, change it through its intent
/// methods, and store it with its new events in one write.
/// </summary>
public sealed class TicketGate(ITicketStore store, TicketLocks locks)
{
    public async Task<T> ChangeAsync<T>(string id, Func<Ticket, Task<T>> change, CancellationToken cancellationToken)
    {
        var normal = TicketIds.Require(id);
        using var _ = await locks.AcquireAsync(normal, cancellationToken);
        var ticket = await store.FindAsync(normal, cancellationToken)
            ?? throw NoSuchTicket(normal);
        var before = ticket.Data;
        var result = await change(ticket);
        if (!ReferenceEquals(before, ticket.Data)) await store.SaveAsync(ticket, cancellationToken);
        return result;
    }

    /// <summary>The refusal for a ticket id nobody filed, for every use case that looks one up.</summary>
    public static NotFoundException NoSuchTicket(string id) =>
        new($"There is no ticket {id}. List your tickets to find its id.");

    public Task ChangeAsync(string id, Action<Ticket> change, CancellationToken cancellationToken) =>
        ChangeAsync(id, t => { change(t); return Task.FromResult(true); }, cancellationToken);
}
