namespace Odp.Engine.Outbox;

/// <summary>
/// One piece of work a ticket change owes, stored with the change in one transaction. <see cref="Event"/> is the index
/// of the ticket event a <see cref="OwedKind.TellChange"/> tells; -1 for the other kinds.
/// </summary>
public sealed record OwedWork(OwedKind Kind, int Event = -1);
