using Odp.Engine.Access;

namespace Odp.Engine.Integrations.Trino.Rules;

/// <summary>
/// Derives the whole rules document from the whole grant set (never incrementally). Every section is laid out in
/// three parts, in this order:
/// <list type="number">
/// <item>the admin's base rules (<c>Odp:Trino:BaseRulesFile</c>), verbatim, so they always win;</item>
/// <item>the managed section: one rule per grant, user grants before group grants, sorted by user or group, catalog,
/// schema, table — except that catalog rules allowing <c>all</c> come before <c>read-only</c> ones and write table
/// rules before read ones, so someone granted both directly and through a group gets the stronger of the two
/// (first match wins);</item>
/// <item>the defaults: read-only <c>system</c> for everyone, then for catalogs the final explicit deny. Schemas and
/// tables need no final deny: in Trino a name no rule matches is denied.</item>
/// </list>
/// Trino rejects unknown fields, so the parts cannot be marked inside the file; <see cref="Layout"/> gives them.
/// </summary>
internal static class TrinoRulesBuilder
{
    /// <summary>
    /// Everyone keeps read-only access to the <c>system</c> catalog (Trino allows it by default; the JDBC
    /// driver needs <c>system.jdbc</c>). It comes after the managed rules so it never shadows them.
    /// </summary>
    public const string SystemCatalog = "system";

    public static TrinoRulesDocument Build(TrinoRulesDocument? baseRules, IEnumerable<Grant> grants) =>
        Layout(baseRules, grants).ToDocument();

    public static TrinoRulesLayout Layout(TrinoRulesDocument? baseRules, IEnumerable<Grant> grants)
    {
        var tables = EffectiveGrants.From(grants);

        var catalogRules = tables
            .GroupBy(g => (g.User, g.Group, g.Catalog))
            .Select(group => new TrinoCatalogRule
            {
                User = UserOf(group.Key.User, group.Key.Group),
                Group = GroupOf(group.Key.Group),
                Catalog = TrinoRegex.Escape(group.Key.Catalog),
                Allow = group.Any(g => g.Level == AccessLevel.Write) ? TrinoCatalogRule.All : TrinoCatalogRule.ReadOnly,
            })
            .OrderBy(r => r.Allow == TrinoCatalogRule.All ? 0 : 1);

        var schemaRules = tables
            .Select(g => (g.User, g.Group, g.Catalog, g.Schema))
            .Distinct()
            .Select(s => new TrinoSchemaRule
            {
                User = UserOf(s.User, s.Group),
                Group = GroupOf(s.Group),
                Catalog = TrinoRegex.Escape(s.Catalog),
                Schema = TrinoRegex.Escape(s.Schema),
                Owner = false,
            });

        var tableRules = tables
            .OrderBy(g => g.Level == AccessLevel.Write ? 0 : 1)
            .Select(g => new TrinoTableRule
            {
                User = UserOf(g.User, g.Group),
                Group = GroupOf(g.Group),
                Catalog = TrinoRegex.Escape(g.Catalog),
                Schema = TrinoRegex.Escape(g.Schema),
                Table = TrinoRegex.Escape(g.Table),
                Privileges = PrivilegesFor(g.Level),
            });

        return new TrinoRulesLayout(
            baseRules ?? new TrinoRulesDocument(),
            new TrinoRulesDocument { Catalogs = [.. catalogRules], Schemas = [.. schemaRules], Tables = [.. tableRules] },
            new TrinoRulesDocument
            {
                Catalogs =
                [
                    new TrinoCatalogRule { Catalog = SystemCatalog, Allow = TrinoCatalogRule.ReadOnly },
                    new TrinoCatalogRule { Catalog = ".*", Allow = TrinoCatalogRule.None },
                ],
                Schemas = [new TrinoSchemaRule { Catalog = SystemCatalog, Owner = false }],
                Tables = [new TrinoTableRule { Catalog = SystemCatalog, Privileges = [TrinoTableRule.Select] }],
            });
    }

    public static IReadOnlyList<string> PrivilegesFor(AccessLevel level) => level switch
    {
        AccessLevel.Read => [TrinoTableRule.Select],
        AccessLevel.Write => [TrinoTableRule.Select, TrinoTableRule.Insert, TrinoTableRule.Update, TrinoTableRule.Delete],
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown access level."),
    };

    private static string? UserOf(string user, string? group) => group is null ? TrinoRegex.Escape(user) : null;

    private static string? GroupOf(string? group) => group is null ? null : TrinoRegex.Escape(group);
}
