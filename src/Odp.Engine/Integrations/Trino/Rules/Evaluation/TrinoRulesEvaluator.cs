using Odp.Engine.Catalog;

namespace Odp.Engine.Integrations.Trino.Rules.Evaluation;

/// <summary>
/// Decides table access the way Trino's file-based system access control does (protocols/trino.md §2) and says
/// which rule decided:
/// <list type="bullet">
/// <item>Each section is read top to bottom and the first rule whose fields all match wins; a field matches the
/// WHOLE name as a regex and an unset field means <c>.*</c> (<see cref="TrinoRulePattern"/>).</item>
/// <item><c>group</c> matches when any of the user's groups matches; <c>role</c> matches an enabled role. OpenDataPlane
/// users have no Trino roles, so a rule with a <c>role</c> never matches here.</item>
/// <item>Access needs both the catalog level (SELECT needs <c>read-only</c> or <c>all</c>; INSERT, UPDATE, DELETE and
/// OWNERSHIP need <c>all</c>) and the table level (the rule's <c>privileges</c> hold the privilege).</item>
/// <item>A missing section allows its level (no rules at all ⇒ allow all); an empty section denies it; a name no
/// rule matches is denied.</item>
/// <item><c>information_schema</c> is exempt from table rules. Trino appends a built-in rule after the file's
/// catalog rules giving everyone <c>all</c> on <c>system</c>, so <c>system</c> is open unless a file rule matches it
/// first (as in the docs' <c>{"catalog":"system","allow":"none"}</c>); table rules still apply inside it.</item>
/// </list>
/// Names are compared lower-cased for catalog, schema and table (Trino lower-cases them), as given for the user.
/// Schema rules only govern schema ownership and are not consulted for table access.
/// </summary>
public sealed class TrinoRulesEvaluator(TrinoRulesDocument document)
{
    public const string SystemCatalog = "system";
    public const string InformationSchema = "information_schema";

    private static readonly TrinoCatalogRule BuiltInSystemRule = new() { User = ".*", Catalog = SystemCatalog, Allow = TrinoCatalogRule.All };

    public TrinoDecision Evaluate(string user, IReadOnlyCollection<string> groups, DatasetName table, TrinoPrivilege privilege)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(table);
        var name = new DatasetName(table.Catalog.ToLowerInvariant(), table.Schema.ToLowerInvariant(), table.Table.ToLowerInvariant());
        return new TrinoDecision(privilege, CheckCatalog(user, groups, name.Catalog, privilege), CheckTable(user, groups, name, privilege));
    }

    public bool CanSelect(string user, IReadOnlyCollection<string> groups, DatasetName table) =>
        Evaluate(user, groups, table, TrinoPrivilege.Select).Allowed;

    private TrinoLevelCheck CheckCatalog(string user, IReadOnlyCollection<string> groups, string catalog, TrinoPrivilege privilege)
    {
        if (document.Catalogs is null)
            return new TrinoLevelCheck(true, null, "there are no catalog rules, so every catalog is open");
        if (document.Catalogs.Count == 0 && catalog != SystemCatalog)
            return new TrinoLevelCheck(false, null, "the catalog rules are an empty list, so Trino denies every catalog");

        TrinoRuleMatch? match = null;
        TrinoCatalogRule? rule = null;
        for (var i = 0; i < document.Catalogs.Count && rule is null; i++)
        {
            var candidate = document.Catalogs[i];
            if (Matches(candidate.User, candidate.Role, candidate.Group, user, groups) && TrinoRulePattern.Matches(candidate.Catalog, catalog))
                (rule, match) = (candidate, TrinoRuleText.Catalog(candidate, i + 1));
        }
        if (rule is null && catalog == SystemCatalog)
            (rule, match) = (BuiltInSystemRule, TrinoRuleText.Catalog(BuiltInSystemRule, document.Catalogs.Count + 1) with { Implicit = true });
        if (rule is null || match is null)
            return new TrinoLevelCheck(false, null, "no catalog rule matches, so Trino denies by default");

        var required = TrinoPrivileges.RequiredCatalogAccess(privilege);
        var passed = rule.Allow == TrinoCatalogRule.All || (rule.Allow == TrinoCatalogRule.ReadOnly && required == TrinoCatalogRule.ReadOnly);
        if (passed) return new TrinoLevelCheck(true, match, $"{match} matches first");
        var why = rule.Allow == TrinoCatalogRule.ReadOnly
            ? $"{match} matches first but allows only read-only, and {TrinoPrivileges.Name(privilege)} needs all"
            : $"{match} matches first and denies the catalog";
        return new TrinoLevelCheck(false, match, why);
    }

    private TrinoLevelCheck CheckTable(string user, IReadOnlyCollection<string> groups, DatasetName table, TrinoPrivilege privilege)
    {
        if (table.Schema == InformationSchema)
            return new TrinoLevelCheck(true, null, "information_schema is exempt from table rules");
        if (document.Tables is null)
            return new TrinoLevelCheck(true, null, "there are no table rules, so every table is open");
        if (document.Tables.Count == 0)
            return new TrinoLevelCheck(false, null, "the table rules are an empty list, so Trino denies every table");

        for (var i = 0; i < document.Tables.Count; i++)
        {
            var rule = document.Tables[i];
            if (!Matches(rule.User, rule.Role, rule.Group, user, groups)
                || !TrinoRulePattern.Matches(rule.Catalog, table.Catalog)
                || !TrinoRulePattern.Matches(rule.Schema, table.Schema)
                || !TrinoRulePattern.Matches(rule.Table, table.Table))
                continue;

            var match = TrinoRuleText.Table(rule, i + 1);
            var name = TrinoPrivileges.Name(privilege);
            if (rule.Privileges.Contains(name, StringComparer.OrdinalIgnoreCase))
                return new TrinoLevelCheck(true, match, $"{match} matches first");
            var has = rule.Privileges.Count == 0 ? "grants no privileges" : $"grants only {string.Join(", ", rule.Privileges)}";
            return new TrinoLevelCheck(false, match, $"{match} matches first but {has}, not {name}");
        }
        return new TrinoLevelCheck(false, null, "no table rule matches, so Trino denies by default");
    }

    // No Trino roles are enabled for OpenDataPlane users: a rule naming a role never matches.
    private static bool Matches(string? userPattern, string? rolePattern, string? groupPattern, string user, IReadOnlyCollection<string> groups) =>
        TrinoRulePattern.Matches(userPattern, user)
        && rolePattern is null
        && TrinoRulePattern.MatchesAny(groupPattern, groups);
}
