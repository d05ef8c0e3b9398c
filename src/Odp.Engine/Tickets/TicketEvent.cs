namespace Odp.Engine.Tickets;

/// <summary>One entry of a ticket's append-only log. <see cref="From"/> is null for the event that opened it.</summary>
public sealed record TicketEvent(DateTimeOffset At, string By, TicketState? From, TicketState To, string? Note);
