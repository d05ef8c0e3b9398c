using Odp.Engine.Tickets;

namespace Odp.Engine.Access.Requesting;

/// <summary>The ticket that now stands for the request; <see cref="Existing"/> when an open one already did.</summary>
public sealed record RequestOutcome(TicketData Ticket, bool Existing);
