using Odp.Engine.Access;

namespace Odp.Engine.Integrations.Trino.Rules;

/// <summary>
/// Collapses grants to one entry per user (or group) and table with the strongest level, sorted with user grants
/// first, then by user or group, catalog, schema, table (ordinal) so the output is stable. Trino lower-cases catalog, schema and table names
/// before access checks, so they are lower-cased here; user names are case-sensitive and kept as given.
/// </summary>
internal static class EffectiveGrants
{
    public static IReadOnlyList<EffectiveGrant> From(IEnumerable<Grant> grants) =>
        grants
            .Select(Validate)
            .GroupBy(g => (User: g.Group is null ? g.User : "", g.Group, Catalog: Lower(g.Table.Catalog), Schema: Lower(g.Table.Schema), Table: Lower(g.Table.Table)))
            .Select(group => new EffectiveGrant(
                group.Key.User,
                group.Key.Catalog,
                group.Key.Schema,
                group.Key.Table,
                group.Max(g => g.Level),
                [.. group.Select(g => g.TicketId).Distinct().Order(StringComparer.Ordinal)],
                group.Key.Group))
            .OrderBy(g => g.Group is not null)
            .ThenBy(g => g.Group ?? g.User, StringComparer.Ordinal)
            .ThenBy(g => g.Catalog, StringComparer.Ordinal)
            .ThenBy(g => g.Schema, StringComparer.Ordinal)
            .ThenBy(g => g.Table, StringComparer.Ordinal)
            .ToList();

    private static string Lower(string name) => name.ToLowerInvariant();

    private static Grant Validate(Grant grant)
    {
        ArgumentNullException.ThrowIfNull(grant);
        if (grant.Group is not null && string.IsNullOrWhiteSpace(grant.Group))
            throw new ArgumentException($"Grant from ticket '{grant.TicketId}' names an empty group.", nameof(grant));
        if (grant.Group is null && string.IsNullOrWhiteSpace(grant.User))
            throw new ArgumentException($"Grant from ticket '{grant.TicketId}' has no user.", nameof(grant));
        var t = grant.Table;
        if (t is null || string.IsNullOrWhiteSpace(t.Catalog) || string.IsNullOrWhiteSpace(t.Schema) || string.IsNullOrWhiteSpace(t.Table))
            throw new ArgumentException($"Grant from ticket '{grant.TicketId}' has an incomplete table name '{t}'.", nameof(grant));
        return grant;
    }
}
