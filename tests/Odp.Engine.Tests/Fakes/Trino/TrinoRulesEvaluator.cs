using System.Text.RegularExpressions;
using Odp.Engine.Integrations.Trino.Rules;

namespace Odp.Engine.Tests.Fakes.Trino;

/// <summary>
/// A test-only model of Trino's FileBasedSystemAccessControl for users without roles or groups:
/// first matching rule wins, fields match the WHOLE name as a regex, unset fields mean <c>.*</c>.
/// Like Trino, it appends an implicit <c>system</c> = all catalog rule after the file's catalog rules,
/// treats a missing section as allow-all, and exempts <c>information_schema</c> from table rules.
/// </summary>
internal sealed class TrinoRulesEvaluator(TrinoRulesDocument document)
{
    public bool CanSelect(string user, string catalog, string schema, string table) =>
        Check(user, catalog, schema, table, TrinoCatalogRule.ReadOnly, TrinoTableRule.Select);

    public bool CanInsert(string user, string catalog, string schema, string table) =>
        Check(user, catalog, schema, table, TrinoCatalogRule.All, TrinoTableRule.Insert);

    public bool CanDelete(string user, string catalog, string schema, string table) =>
        Check(user, catalog, schema, table, TrinoCatalogRule.All, TrinoTableRule.Delete);

    public bool CanAccessCatalog(string user, string catalog) => CatalogAccess(user, catalog, TrinoCatalogRule.ReadOnly);

    private bool Check(string user, string catalog, string schema, string table, string catalogAccess, string privilege)
    {
        if (!CatalogAccess(user, catalog, catalogAccess)) return false;
        if (schema == "information_schema") return true;
        if (document.Tables is null) return true;
        var rule = document.Tables.FirstOrDefault(r =>
            Matches(r.User, user) && r.Role is null && r.Group is null &&
            Matches(r.Catalog, catalog) && Matches(r.Schema, schema) && Matches(r.Table, table));
        return rule is not null && rule.Privileges.Contains(privilege);
    }

    private bool CatalogAccess(string user, string catalog, string required)
    {
        if (document.Catalogs is null) return true;
        IEnumerable<TrinoCatalogRule> rules =
            [.. document.Catalogs, new TrinoCatalogRule { Catalog = "system", Allow = TrinoCatalogRule.All }];
        var rule = rules.FirstOrDefault(r =>
            Matches(r.User, user) && r.Role is null && r.Group is null && Matches(r.Catalog, catalog));
        return rule?.Allow switch
        {
            TrinoCatalogRule.All => true,
            TrinoCatalogRule.ReadOnly => required == TrinoCatalogRule.ReadOnly,
            _ => false,
        };
    }

    // Java's Matcher.matches() = whole input; .NET needs explicit anchors around a group.
    private static bool Matches(string? pattern, string name) =>
        pattern is null || Regex.IsMatch(name, $@"\A(?:{pattern})\z", RegexOptions.CultureInvariant);
}
