using System.Net.Http;
using Odp.Engine.Integrations.Trino.Client;
using Odp.Engine.Integrations.Trino.Discovery;

namespace Odp.Engine.Integrations.Trino.Sql;

/// <summary>
/// The table privileges Trino holds now, read from each catalog's <c>information_schema.table_privileges</c> as
/// <c>Odp:Trino:User</c> (which must see every grant, e.g. as the connector's admin): the catalogs of
/// <see cref="TrinoCatalogs"/> plus those the wanted grants name. Only <see cref="SqlPrivilege.Managed"/> privileges
/// are kept, each with its grantor. A catalog that can't be read fails the whole read.
/// </summary>
public sealed class LiveSqlGrants(TrinoClient trino, TrinoCatalogs catalogs)
{
    private const string PrivilegesSql =
        "SELECT grantor, grantee, grantee_type, table_schema, table_name, privilege_type FROM {0}.information_schema.table_privileges";

    public async Task<IReadOnlyList<(string Grantor, SqlPrivilege Privilege)>> ReadAsync(
        IEnumerable<string> alsoCatalogs, CancellationToken cancellationToken)
    {
        var names = new SortedSet<string>(alsoCatalogs, StringComparer.Ordinal);
        await foreach (var catalog in catalogs.ListAsync(cancellationToken).ConfigureAwait(false)) names.Add(catalog);

        var held = new List<(string, SqlPrivilege)>();
        foreach (var catalog in names)
        {
            var sql = string.Format(null, PrivilegesSql, TrinoSql.QuoteIdentifier(catalog));
            try
            {
                await foreach (var row in trino.StreamAsync(sql, catalogs.Session(), int.MaxValue, cancellationToken).ConfigureAwait(false))
                {
                    var privilege = row.Text(5).ToUpperInvariant();
                    if (!SqlPrivilege.Managed.Contains(privilege)) continue;
                    held.Add((row.Text(0), new SqlPrivilege(row.Text(2), row.Text(1), catalog, row.Text(3), row.Text(4), privilege)));
                }
            }
            catch (Exception e) when (e is TrinoQueryException or HttpRequestException)
            {
                throw new InvalidOperationException($"Can't read the grants of Trino catalog '{catalog}': {e.Message}", e);
            }
        }
        return held;
    }
}
