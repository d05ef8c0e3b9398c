using Odp.Engine.Integrations.Trino.Client;

namespace Odp.Engine.Integrations.Trino.Sql;

/// <summary>
/// <c>GRANT</c> and <c>REVOKE</c> in Trino's grammar (<c>GRANT privilege, … ON TABLE t TO USER u | ROLE r</c>), for
/// privileges of one principal on one table. Table and principal are quoted identifiers; privileges come only from
/// <see cref="SqlPrivilege.Managed"/>. Trino has no group principal: a team is granted through the role of its name.
/// </summary>
public static class SqlGrantStatements
{
    public static string Grant(IReadOnlyCollection<SqlPrivilege> privileges) =>
        $"GRANT {Privileges(privileges)} ON TABLE {TrinoSql.QualifiedTable(privileges.First().Table)} TO {Principal(privileges)}";

    public static string Revoke(IReadOnlyCollection<SqlPrivilege> privileges) =>
        $"REVOKE {Privileges(privileges)} ON TABLE {TrinoSql.QualifiedTable(privileges.First().Table)} FROM {Principal(privileges)}";

    private static string Privileges(IReadOnlyCollection<SqlPrivilege> privileges)
    {
        if (privileges.Count == 0) throw new ArgumentException("A statement needs at least one privilege.", nameof(privileges));
        var first = privileges.First();
        if (privileges.Any(p => p.Table != first.Table || p.GranteeType != first.GranteeType || p.Grantee != first.Grantee))
            throw new ArgumentException("One statement covers one table and one principal.", nameof(privileges));
        if (privileges.FirstOrDefault(p => !SqlPrivilege.Managed.Contains(p.Privilege)) is { } other)
            throw new ArgumentException($"'{other.Privilege}' is not a privilege OpenDataPlane grants.", nameof(privileges));
        return string.Join(", ", privileges.Select(p => p.Privilege).Distinct().Order(StringComparer.Ordinal));
    }

    private static string Principal(IReadOnlyCollection<SqlPrivilege> privileges) =>
        $"{privileges.First().GranteeType} {TrinoSql.QuoteIdentifier(privileges.First().Grantee)}";
}
