using System.Globalization;
using Npgsql;
using Odp.IntegrationTests.Services;

namespace Odp.IntegrationTests.Storage.Postgres;

/// <summary>
/// A real PostgreSQL cluster for the store tests, started by scripts/postgres-start on a free loopback port in a fresh
/// folder (under ODP_TEST_STATE_DIR when scripts/test sets it) and stopped by scripts/postgres-stop when the
/// collection ends, whether its tests passed or not. Each test takes a database of its own
/// (<see cref="NewDatabaseAsync"/>). Fails, never skips, when PostgreSQL is missing.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private readonly string folder = Path.Combine(
        Environment.GetEnvironmentVariable("ODP_TEST_STATE_DIR") is { Length: > 0 } root ? root : Path.GetTempPath(),
        $"odp-postgres-{Guid.NewGuid():N}");

    private int databases;

    public int Port { get; } = FreePort.Next();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        await Command.RunAsync("bash", [RepoRoot.Script("postgres-start"), folder, Port.ToString(CultureInfo.InvariantCulture)]);
    }

    public async Task DisposeAsync()
    {
        try
        {
            await Command.RunAsync("bash", [RepoRoot.Script("postgres-stop"), folder]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A connection string to a new, empty database.</summary>
    public async Task<string> NewDatabaseAsync()
    {
        var name = $"odp_test_{Interlocked.Increment(ref databases)}";
        await using (var admin = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        return ConnectionString(name);
    }

    private string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database, Pooling = true }.ConnectionString;
}
