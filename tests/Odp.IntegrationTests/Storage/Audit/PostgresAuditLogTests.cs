using Odp.Engine.Storage.Postgres;
using Odp.Engine.Storage.Audit;
using Odp.IntegrationTests.Storage.Postgres;

namespace Odp.IntegrationTests.Storage.Audit;

/// <summary>The audit contract on a real PostgreSQL, a migrated database per test.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresAuditLogTests(PostgresFixture postgres) : AuditLogContract, IAsyncLifetime
{
    private readonly PostgresScratch scratch = new(postgres);

    protected override async Task<IAuditLog> NewLogAsync() => new PostgresAuditLog(await scratch.OpenAsync());

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => scratch.DisposeAsync();
}
