using Npgsql;
using Odp.Engine.Storage.Audit;
using Odp.Engine.Storage.Postgres;
using Odp.IntegrationTests.Storage.Postgres;

namespace Odp.IntegrationTests.Storage.Audit;

/// <summary>The audit contract on a real PostgreSQL, a migrated database per test.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresAuditLogTests(PostgresFixture postgres) : AuditLogContract, IAsyncLifetime
{
    private NpgsqlDataSource? database;

    protected override async Task<IAuditLog> NewLogAsync()
    {
        database = NpgsqlDataSource.Create(await postgres.NewDatabaseAsync());
        await PostgresSchema.MigrateAsync(database, CancellationToken.None);
        return new PostgresAuditLog(database);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (database is not null) await database.DisposeAsync();
    }
}
