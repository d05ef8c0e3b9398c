using Odp.Engine.Integrations.Trino.Rules;

namespace Odp.Bot.Tests.Fakes;

/// <summary>Reads which user or group may do what on which table out of a Trino rules document (the managed rules).</summary>
public static class RulesAssert
{
    /// <summary>Every (user, catalog.schema.table, privileges) a table rule grants, except the built-in <c>system</c> rule.</summary>
    public static IReadOnlyList<(string User, string Table, string Privileges)> Grants(TrinoRulesDocument? rules) =>
    [
        .. (rules?.Tables ?? [])
            .Where(r => r.Privileges.Count > 0 && r.User is not null && Plain(r.Catalog) != "system")
            .Select(r => (Plain(r.User), $"{Plain(r.Catalog)}.{Plain(r.Schema)}.{Plain(r.Table)}", string.Join(",", r.Privileges))),
    ];

    /// <summary>Every (group, catalog.schema.table, privileges) a table rule grants to a Trino group.</summary>
    public static IReadOnlyList<(string Group, string Table, string Privileges)> GroupGrants(TrinoRulesDocument? rules) =>
    [
        .. (rules?.Tables ?? [])
            .Where(r => r.Privileges.Count > 0 && r.Group is not null)
            .Select(r => (Plain(r.Group), $"{Plain(r.Catalog)}.{Plain(r.Schema)}.{Plain(r.Table)}", string.Join(",", r.Privileges))),
    ];

    private static string Plain(string? regex) => (regex ?? ".*").Replace("\\", "");
}
