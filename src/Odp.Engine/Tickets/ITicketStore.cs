namespace Odp.Engine.Tickets;

/// <summary>Durable tickets. A save writes the ticket and its new events in one write.</summary>
public interface ITicketStore
{
    /// <summary>Allocates the next <c>ODP-n</c> id, opens the ticket with it and stores it.</summary>
    Task<Ticket> CreateAsync(Func<string, Ticket> open, CancellationToken cancellationToken);

    Task<Ticket?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Stores the ticket. Throws <see cref="ConcurrentTicketUpdateException"/> if someone saved it first.</summary>
    Task SaveAsync(Ticket ticket, CancellationToken cancellationToken);

    Task<IReadOnlyList<Ticket>> QueryAsync(TicketQuery query, CancellationToken cancellationToken);

    /// <summary>How many tickets are in each state (states with none are left out); one cheap query, for the metrics.</summary>
    Task<IReadOnlyDictionary<TicketState, int>> CountByStateAsync(CancellationToken cancellationToken);
}
