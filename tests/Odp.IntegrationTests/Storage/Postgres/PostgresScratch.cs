using Npgsql;
using Odp.Engine.Storage.Postgres;

namespace Odp.IntegrationTests.Storage.Postgres;

/// <summary>A new database on the shared cluster, migrated to the latest schema, for a store contract test.</summary>
public sealed class PostgresScratch(PostgresFixture postgres) : IAsyncLifetime
{
    private NpgsqlDataSource? database;

    public async Task<NpgsqlDataSource> OpenAsync()
    {
        if (database is not null) return database;
        database = NpgsqlDataSource.Create(await postgres.NewDatabaseAsync());
        await PostgresSchema.MigrateAsync(database, CancellationToken.None);
        return database;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (database is not null) await database.DisposeAsync();
    }
}
