using Odp.Engine.Storage.Locks;
using Odp.Engine.Storage.Postgres;
using Odp.IntegrationTests.Storage.Postgres;

namespace Odp.IntegrationTests.Storage.Locks;

/// <summary>The store lock contract on a real PostgreSQL, a migrated database per test.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreLockTests(PostgresFixture postgres) : StoreLockContract, IAsyncLifetime
{
    private readonly PostgresScratch scratch = new(postgres);

    protected override async Task<IStoreLock> NewLockAsync() => new PostgresStoreLock(await scratch.OpenAsync());

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => scratch.DisposeAsync();
}
