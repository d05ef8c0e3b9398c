using Npgsql;
using Odp.Engine.Storage.PostedCards;
using Odp.Engine.Storage.Postgres;
using Odp.IntegrationTests.Storage.Postgres;

namespace Odp.IntegrationTests.Storage.PostedCards;

/// <summary>The posted-card contract on a real PostgreSQL, a migrated database per test.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresPostedCardStoreTests(PostgresFixture postgres) : PostedCardStoreContract, IAsyncLifetime
{
    private NpgsqlDataSource? database;

    protected override async Task<IPostedCardStore> NewStoreAsync()
    {
        database = NpgsqlDataSource.Create(await postgres.NewDatabaseAsync());
        await PostgresSchema.MigrateAsync(database, CancellationToken.None);
        return new PostgresPostedCardStore(database);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (database is not null) await database.DisposeAsync();
    }
}
