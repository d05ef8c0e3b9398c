using Odp.Engine.Integrations.Trino.Client;

namespace Odp.Engine.Integrations.Trino.Sql;

/// <summary>
/// Which Trino failures of a GRANT or REVOKE mean the wanted state already holds, so the statement is done: granting
/// what is already granted (<c>ALREADY_EXISTS</c>, from connectors that refuse duplicates), and revoking from a table,
/// schema, catalog or role that is gone or a privilege that is not there (<c>*_NOT_FOUND</c>). Anything else is a real
/// failure.
/// </summary>
public static class SqlGrantErrors
{
    private static readonly HashSet<string> GoneOnRevoke = new(StringComparer.Ordinal)
    {
        "NOT_FOUND", "TABLE_NOT_FOUND", "SCHEMA_NOT_FOUND", "CATALOG_NOT_FOUND", "ROLE_NOT_FOUND",
    };

    public static bool AlreadyDone(bool revoke, TrinoQueryException error) =>
        revoke ? GoneOnRevoke.Contains(error.ErrorName) : error.ErrorName == "ALREADY_EXISTS";

    /// <summary>A sentence for the ticket's failure: Trino's message, with what to do about a missing role.</summary>
    public static string Explain(bool revoke, IReadOnlyCollection<SqlPrivilege> privileges, TrinoQueryException error)
    {
        var first = privileges.First();
        var what = $"{(revoke ? "revoking" : "granting")} {string.Join(", ", privileges.Select(p => p.Privilege))} on {first.Table} "
            + $"{(revoke ? "from" : "to")} {first.GranteeType} {first.Grantee}";
        var hint = !revoke && error.ErrorName == "ROLE_NOT_FOUND"
            ? $" Team grants go to the Trino role named after the team: create the role {first.Grantee} and grant it to the team's members."
            : "";
        return $"Trino refused {what}: {error.Message.TrimEnd('.')}.{hint}";
    }
}
