namespace Odp.Engine.Integrations.Trino.Sql;

/// <summary>
/// What to change so Trino holds exactly the wanted privileges: <see cref="Missing"/> are wanted and held by nobody's
/// grant; <see cref="Extra"/> were granted by OpenDataPlane's own account and are no longer wanted. Privileges granted by
/// other accounts (an admin's) are never revoked, but they do satisfy a wanted privilege.
/// </summary>
public sealed record SqlGrantPlan(IReadOnlyList<SqlPrivilege> Missing, IReadOnlyList<SqlPrivilege> Extra)
{
    public bool IsEmpty => Missing.Count == 0 && Extra.Count == 0;

    public static SqlGrantPlan Compare(
        IEnumerable<SqlPrivilege> wanted, IEnumerable<(string Grantor, SqlPrivilege Privilege)> held, string ownGrantor)
    {
        var want = wanted.ToHashSet();
        var live = held.ToList();
        var anyone = live.Select(h => h.Privilege).ToHashSet();
        var ours = live.Where(h => string.Equals(h.Grantor, ownGrantor, StringComparison.Ordinal)).Select(h => h.Privilege).ToHashSet();
        return new SqlGrantPlan(
            [.. want.Where(p => !anyone.Contains(p)).OrderBy(p => p.ToString(), StringComparer.Ordinal)],
            [.. ours.Where(p => !want.Contains(p)).OrderBy(p => p.ToString(), StringComparer.Ordinal)]);
    }

    /// <summary>Privileges grouped so one statement covers one principal on one table.</summary>
    public static IEnumerable<IReadOnlyCollection<SqlPrivilege>> Statements(IEnumerable<SqlPrivilege> privileges) =>
        privileges.GroupBy(p => (p.GranteeType, p.Grantee, p.Table)).Select(g => (IReadOnlyCollection<SqlPrivilege>)[.. g]);
}
