namespace Odp.Engine.Outbox;

/// <summary>
/// The outbox at a glance: <see cref="Depth"/> items owed, the first of them (by the order they were owed) owed at
/// <see cref="OldestOwedAt"/>; null when nothing is owed. An item keeps the time it was owed when it fails and is
/// postponed, so a stuck item keeps getting older.
/// </summary>
public sealed record OutboxBacklog(int Depth, DateTimeOffset? OldestOwedAt);
