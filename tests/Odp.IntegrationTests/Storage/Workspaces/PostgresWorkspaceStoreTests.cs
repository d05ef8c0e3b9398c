using Odp.Engine.Storage.Postgres;
using Odp.Engine.Workspaces;
using Odp.IntegrationTests.Storage.Postgres;

namespace Odp.IntegrationTests.Storage.Workspaces;

/// <summary>The workspace store contract on a real PostgreSQL, a migrated database per test.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresWorkspaceStoreTests(PostgresFixture postgres) : WorkspaceStoreContract, IAsyncLifetime
{
    private readonly PostgresScratch scratch = new(postgres);

    protected override async Task<IWorkspaceStore> NewStoreAsync() => new PostgresWorkspaceStore(await scratch.OpenAsync());

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => scratch.DisposeAsync();
}
