using Npgsql;
using Odp.Engine.Storage.Postgres;
using Odp.Engine.Workspaces.GitOps;
using Odp.IntegrationTests.Storage.Postgres;

namespace Odp.IntegrationTests.Storage.GitOps;

/// <summary>The GitOps state contract on a real PostgreSQL, a migrated database per test.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresGitOpsStateStoreTests(PostgresFixture postgres) : GitOpsStateStoreContract, IAsyncLifetime
{
    private NpgsqlDataSource? database;

    protected override async Task<IGitOpsStateStore> NewStoreAsync()
    {
        database = NpgsqlDataSource.Create(await postgres.NewDatabaseAsync());
        await PostgresSchema.MigrateAsync(database, CancellationToken.None);
        return new PostgresGitOpsStateStore(database);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (database is not null) await database.DisposeAsync();
    }
}
