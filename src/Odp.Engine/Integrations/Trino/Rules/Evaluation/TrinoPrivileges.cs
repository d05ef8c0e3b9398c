namespace Odp.Engine.Integrations.Trino.Rules.Evaluation;

/// <summary>The rules-file spelling of a <see cref="TrinoPrivilege"/> and the catalog access it needs.</summary>
public static class TrinoPrivileges
{
    public static string Name(TrinoPrivilege privilege) => privilege switch
    {
        TrinoPrivilege.Select => TrinoTableRule.Select,
        TrinoPrivilege.Insert => TrinoTableRule.Insert,
        TrinoPrivilege.Update => TrinoTableRule.Update,
        TrinoPrivilege.Delete => TrinoTableRule.Delete,
        TrinoPrivilege.Ownership => "OWNERSHIP",
        TrinoPrivilege.GrantSelect => "GRANT_SELECT",
        _ => throw new ArgumentOutOfRangeException(nameof(privilege), privilege, "Unknown privilege."),
    };

    /// <summary>Reading needs <c>read-only</c> (or <c>all</c>); changing data or owning needs <c>all</c>.</summary>
    public static string RequiredCatalogAccess(TrinoPrivilege privilege) =>
        privilege is TrinoPrivilege.Select or TrinoPrivilege.GrantSelect ? TrinoCatalogRule.ReadOnly : TrinoCatalogRule.All;

    public static bool TryParse(string text, out TrinoPrivilege privilege)
    {
        foreach (var candidate in Enum.GetValues<TrinoPrivilege>())
        {
            if (string.Equals(Name(candidate), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                privilege = candidate;
                return true;
            }
        }
        privilege = default;
        return false;
    }
}
