using Odp.Engine.Catalog;
using Odp.Engine.Integrations.Trino.Client;

namespace Odp.Engine.Tests.Fakes.Trino;

/// <summary>What a user observes: whether Trino lets them read a table (<c>SELECT * … LIMIT 0</c> as that user).</summary>
internal static class FakeTrinoProbe
{
    public static async Task<bool> CanSelectAsync(TrinoClient client, string user, DatasetName table)
    {
        try
        {
            await client.QueryAsync($"SELECT * FROM {TrinoSql.QualifiedTable(table)} LIMIT 0", new TrinoSession(user), 0, CancellationToken.None);
            return true;
        }
        catch (TrinoQueryException e) when (e.IsAccessDenied)
        {
            return false;
        }
    }
}
