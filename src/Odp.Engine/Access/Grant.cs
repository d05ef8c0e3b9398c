using Odp.Engine.Catalog;

namespace Odp.Engine.Access;

/// <summary>
/// One table granted by one ticket: to the Trino user <see cref="User"/>, or, when <see cref="Group"/> is set, to that
/// Trino group (as Trino's group provider names it) instead; <see cref="User"/> then stays the requester.
/// </summary>
public sealed record Grant(string TicketId, string User, DatasetName Table, AccessLevel Level, string? Group = null);
