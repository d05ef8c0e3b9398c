namespace Odp.Engine.Outbox;

/// <summary>
/// The one outbox of owed work. Items are added only by the ticket store, in the transaction that stores the change
/// that owes them (<see cref="Tickets.Ticket.Owe"/>); this port reads and retires them. Who runs a ticket's items is
/// decided by a lease (<see cref="OutboxDrain"/>), so each runs on one replica at a time.
/// </summary>
public interface IOutbox
{
    /// <summary>Tickets with an item due at <paramref name="now"/>, oldest item first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<string>> DueTicketsAsync(DateTimeOffset now, int max, CancellationToken cancellationToken);

    /// <summary>Every item <paramref name="ticketId"/> owes, in the order they were owed.</summary>
    Task<IReadOnlyList<OwedItem>> OwedByAsync(string ticketId, CancellationToken cancellationToken);

    /// <summary>The item is done (or given up): it is removed. Removing a removed item does nothing.</summary>
    Task DoneAsync(long id, CancellationToken cancellationToken);

    /// <summary>The item failed: it is kept with <paramref name="attempts"/> and not run again before <paramref name="dueAt"/>.</summary>
    Task PostponeAsync(long id, int attempts, DateTimeOffset dueAt, CancellationToken cancellationToken);

    /// <summary>How many items are owed in all.</summary>
    Task<int> CountAsync(CancellationToken cancellationToken);

    /// <summary>How many items are owed, and when the first of them still owed was owed; one cheap query, for the metrics.</summary>
    Task<OutboxBacklog> BacklogAsync(CancellationToken cancellationToken);
}
