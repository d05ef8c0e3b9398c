using Npgsql;
using Odp.Engine.Storage.Postgres;

namespace Odp.IntegrationTests.Storage.Postgres;

/// <summary><see cref="PostgresSchema"/> against a real PostgreSQL: created, upgraded once, and a newer database refused.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresSchemaTests(PostgresFixture postgres)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task MigrateAsync_EmptyDatabase_CreatesTheTablesAndRecordsEveryVersion()
    {
        await using var database = NpgsqlDataSource.Create(await postgres.NewDatabaseAsync());

        var applied = await PostgresSchema.MigrateAsync(database, None);

        Assert.Equal(PostgresSchema.Latest, applied);
        Assert.Equal(
            ["audit", "counters", "deliveries", "gitops_state", "leases", "odp_schema_version", "outbox", "posted_cards", "tickets", "workspace_names", "workspaces"],
            await ListAsync(database, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name"));
        Assert.Equal(
            PostgresSchema.Migrations.Select(m => $"{m.Version} {m.Name}"),
            await ListAsync(database, "SELECT version || ' ' || name FROM odp_schema_version ORDER BY version"));
    }

    [Fact]
    public async Task MigrateAsync_RunAgain_AppliesNothingAndKeepsTheData()
    {
        await using var database = NpgsqlDataSource.Create(await postgres.NewDatabaseAsync());
        await PostgresSchema.MigrateAsync(database, None);
        await ExecuteAsync(database, "INSERT INTO leases (name, holder, expires_at) VALUES ('expiry', 'replica-1', now())");

        var applied = await PostgresSchema.MigrateAsync(database, None);

        Assert.Equal(0, applied);
        Assert.Equal(["expiry replica-1"], await ListAsync(database, "SELECT name || ' ' || holder FROM leases"));
    }

    [Fact]
    public async Task MigrateAsync_ManyReplicasStartingTogether_EachMigrationRunsOnce()
    {
        await using var database = NpgsqlDataSource.Create(await postgres.NewDatabaseAsync());

        var applied = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => PostgresSchema.MigrateAsync(database, None))));

        Assert.Equal(PostgresSchema.Latest, applied.Sum());
        Assert.Equal(PostgresSchema.Latest, (await ListAsync(database, "SELECT version::text FROM odp_schema_version")).Count);
    }

    [Fact]
    public async Task MigrateAsync_DatabaseOfANewerVersion_RefusedNamingBothVersionsAndLeftAsItIs()
    {
        await using var database = NpgsqlDataSource.Create(await postgres.NewDatabaseAsync());
        await PostgresSchema.MigrateAsync(database, None);
        var newer = PostgresSchema.Latest + 1;
        await ExecuteAsync(database, $"INSERT INTO odp_schema_version (version, name) VALUES ({newer}, 'from_the_future')");

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => PostgresSchema.MigrateAsync(database, None));

        Assert.Equal(
            $"The PostgreSQL database in Odp:Store:Postgres is at schema version {newer}, written by a newer OpenDataPlane; this one knows versions up to {PostgresSchema.Latest}. Run the newer version, or point Odp:Store:Postgres at another database.",
            e.Message);
        Assert.Equal(PostgresSchema.Latest + 1, (await ListAsync(database, "SELECT version::text FROM odp_schema_version")).Count);
    }

    [Fact]
    public void Migrations_AsEmbedded_AreNumberedFromOneWithoutGaps()
    {
        Assert.Equal(Enumerable.Range(1, PostgresSchema.Migrations.Count), PostgresSchema.Migrations.Select(m => m.Version));
        Assert.All(PostgresSchema.Migrations, m => Assert.False(string.IsNullOrWhiteSpace(m.Sql)));
    }

    private static async Task ExecuteAsync(NpgsqlDataSource database, string sql)
    {
        await using var command = database.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> ListAsync(NpgsqlDataSource database, string sql)
    {
        var rows = new List<string>();
        await using var command = database.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        return rows;
    }
}
