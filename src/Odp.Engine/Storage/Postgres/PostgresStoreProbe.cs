using Npgsql;

namespace Odp.Engine.Storage.Postgres;

/// <summary>PostgreSQL answers when <c>SELECT 1</c> does, on a connection from the pool.</summary>
public sealed class PostgresStoreProbe(NpgsqlDataSource database) : IStoreProbe
{
    public string Name { get; } = Describe(database.ConnectionString);

    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("SELECT 1");
        await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <summary>Host, port and database of the connection string: never its password.</summary>
    private static string Describe(string connection)
    {
        var parsed = new NpgsqlConnectionStringBuilder(connection);
        return $"PostgreSQL at {parsed.Host}:{parsed.Port}/{(string.IsNullOrEmpty(parsed.Database) ? parsed.Username : parsed.Database)}";
    }
}
