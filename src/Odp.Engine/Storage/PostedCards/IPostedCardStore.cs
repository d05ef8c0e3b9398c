namespace Odp.Engine.Storage.PostedCards;

/// <summary>
/// Which cards were posted where for a ticket (each owner's approval card, the requester's progress card), so a later
/// change updates every copy in place. Durable: it survives restarts and, on PostgreSQL, is shared by replicas.
/// </summary>
public interface IPostedCardStore
{
    /// <summary>Remembers a card of <paramref name="kind"/> posted for <paramref name="ticketId"/>; remembering the same one twice keeps one.</summary>
    Task AddAsync(string ticketId, string kind, PostedCard card, CancellationToken cancellationToken);

    /// <summary>The cards of <paramref name="kind"/> posted for <paramref name="ticketId"/>, in the order they were posted.</summary>
    Task<IReadOnlyList<PostedCard>> FindAsync(string ticketId, string kind, CancellationToken cancellationToken);
}
