using Odp.Engine.Catalog;

namespace Odp.Engine.Access;

/// <summary>One table granted to one Trino user by one ticket.</summary>
public sealed record Grant(string TicketId, string User, DatasetName Table, AccessLevel Level);
