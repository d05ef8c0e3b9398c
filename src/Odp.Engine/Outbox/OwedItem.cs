namespace Odp.Engine.Outbox;

/// <summary>
/// A stored <see cref="OwedWork"/> of ticket <see cref="TicketId"/>. <see cref="Id"/> orders a ticket's items: they run
/// in that order. <see cref="Attempts"/> counts failed runs; the item is not run again before <see cref="DueAt"/>.
/// </summary>
public sealed record OwedItem(long Id, string TicketId, OwedKind Kind, int Event, int Attempts, DateTimeOffset DueAt);
