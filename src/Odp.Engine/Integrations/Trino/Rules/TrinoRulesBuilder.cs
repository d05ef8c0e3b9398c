using Odp.Engine.Access;

namespace Odp.Engine.Integrations.Trino.Rules;

/// <summary>
/// Derives the whole rules document from the whole grant set (never incrementally). Per section the
/// order is: the admin's base rules, the managed rules (sorted by user, catalog, schema, table), the
/// read-only <c>system</c> defaults, and for catalogs a final explicit deny. Schemas and tables need
/// no final deny: in Trino a name no rule matches is denied.
/// </summary>
internal static class TrinoRulesBuilder
{
    /// <summary>
    /// Everyone keeps read-only access to the <c>system</c> catalog (Trino allows it by default; the JDBC
    /// driver needs <c>system.jdbc</c>). It comes after the managed rules so it never shadows them.
    /// </summary>
    public const string SystemCatalog = "system";

    public static TrinoRulesDocument Build(TrinoRulesDocument? baseRules, IEnumerable<Grant> grants)
    {
        var tables = EffectiveGrants.From(grants);

        var catalogRules = tables
            .GroupBy(g => (g.User, g.Catalog))
            .Select(group => new TrinoCatalogRule
            {
                User = TrinoRegex.Escape(group.Key.User),
                Catalog = TrinoRegex.Escape(group.Key.Catalog),
                Allow = group.Any(g => g.Level == AccessLevel.Write) ? TrinoCatalogRule.All : TrinoCatalogRule.ReadOnly,
            })
            .Append(new TrinoCatalogRule { Catalog = SystemCatalog, Allow = TrinoCatalogRule.ReadOnly })
            .Append(new TrinoCatalogRule { Catalog = ".*", Allow = TrinoCatalogRule.None });

        var schemaRules = tables
            .Select(g => (g.User, g.Catalog, g.Schema))
            .Distinct()
            .Select(s => new TrinoSchemaRule
            {
                User = TrinoRegex.Escape(s.User),
                Catalog = TrinoRegex.Escape(s.Catalog),
                Schema = TrinoRegex.Escape(s.Schema),
                Owner = false,
            })
            .Append(new TrinoSchemaRule { Catalog = SystemCatalog, Owner = false });

        var tableRules = tables
            .Select(g => new TrinoTableRule
            {
                User = TrinoRegex.Escape(g.User),
                Catalog = TrinoRegex.Escape(g.Catalog),
                Schema = TrinoRegex.Escape(g.Schema),
                Table = TrinoRegex.Escape(g.Table),
                Privileges = PrivilegesFor(g.Level),
            })
            .Append(new TrinoTableRule { Catalog = SystemCatalog, Privileges = [TrinoTableRule.Select] });

        return new TrinoRulesDocument
        {
            Catalogs = [.. baseRules?.Catalogs ?? [], .. catalogRules],
            Schemas = [.. baseRules?.Schemas ?? [], .. schemaRules],
            Tables = [.. baseRules?.Tables ?? [], .. tableRules],
            OtherSections = baseRules?.OtherSections,
        };
    }

    public static IReadOnlyList<string> PrivilegesFor(AccessLevel level) => level switch
    {
        AccessLevel.Read => [TrinoTableRule.Select],
        AccessLevel.Write => [TrinoTableRule.Select, TrinoTableRule.Insert, TrinoTableRule.Update, TrinoTableRule.Delete],
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown access level."),
    };
}
