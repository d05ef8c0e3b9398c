using Odp.Engine.Access;

namespace Odp.Engine.Integrations.Trino.Rules;

/// <summary>
/// One user's (or, when <see cref="Group"/> is set, one group's; <see cref="User"/> is then empty) strongest level on
/// one table, with every ticket that asked for it.
/// </summary>
internal sealed record EffectiveGrant(
    string User, string Catalog, string Schema, string Table, AccessLevel Level, IReadOnlyList<string> Tickets, string? Group = null);
