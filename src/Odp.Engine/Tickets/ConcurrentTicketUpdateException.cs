namespace Odp.Engine.Tickets;

public sealed class ConcurrentTicketUpdateException(string ticketId)
    : Exception($"{ticketId} was changed by someone else while this change was being made.");
