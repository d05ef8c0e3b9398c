using Odp.Engine.Access;
using Odp.Engine.Catalog;
using Odp.Engine.Integrations.Trino.Rules;

namespace Odp.Engine.Integrations.Trino.Sql;

/// <summary>
/// One table privilege held by one principal, as Trino's SQL-standard security keeps it (one row of
/// <c>information_schema.table_privileges</c>). Catalog, schema and table are lower-cased as Trino does, and so are role
/// names (connectors store them so); user names are kept as given. Equal values mean the same privilege.
/// </summary>
public sealed record SqlPrivilege
{
    public const string UserGrantee = "USER";
    public const string RoleGrantee = "ROLE";

    /// <summary>The privileges OpenDataPlane grants and revokes; any other (e.g. OWNERSHIP) is never touched.</summary>
    public static readonly IReadOnlySet<string> Managed = new HashSet<string>(StringComparer.Ordinal) { "SELECT", "INSERT", "UPDATE", "DELETE" };

    public SqlPrivilege(string granteeType, string grantee, string catalog, string schema, string table, string privilege)
    {
        GranteeType = granteeType.ToUpperInvariant();
        Grantee = GranteeType == RoleGrantee ? grantee.ToLowerInvariant() : grantee;
        Table = new DatasetName(catalog.ToLowerInvariant(), schema.ToLowerInvariant(), table.ToLowerInvariant());
        Privilege = privilege.ToUpperInvariant();
    }

    public string GranteeType { get; }

    public string Grantee { get; }

    public DatasetName Table { get; }

    public string Privilege { get; }

    /// <summary>The privileges one grant needs: to the team's role for a team grant, else to its user.</summary>
    public static IEnumerable<SqlPrivilege> For(Grant grant) =>
        TrinoRulesBuilder.PrivilegesFor(grant.Level).Select(p => grant.Group is { } group
            ? new SqlPrivilege(RoleGrantee, group, grant.Table.Catalog, grant.Table.Schema, grant.Table.Table, p)
            : new SqlPrivilege(UserGrantee, grant.User, grant.Table.Catalog, grant.Table.Schema, grant.Table.Table, p));

    /// <summary>e.g. <c>SELECT on lake.sales.orders to USER alice</c>.</summary>
    public override string ToString() => $"{Privilege} on {Table} to {GranteeType} {Grantee}";
}
