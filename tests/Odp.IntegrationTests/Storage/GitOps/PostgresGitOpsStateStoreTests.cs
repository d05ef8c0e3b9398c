using Odp.Engine.Storage.Postgres;
using Odp.Engine.Workspaces.GitOps;
using Odp.IntegrationTests.Storage.Postgres;

namespace Odp.IntegrationTests.Storage.GitOps;

/// <summary>The GitOps state contract on a real PostgreSQL, a migrated database per test.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresGitOpsStateStoreTests(PostgresFixture postgres) : GitOpsStateStoreContract, IAsyncLifetime
{
    private readonly PostgresScratch scratch = new(postgres);

    protected override async Task<IGitOpsStateStore> NewStoreAsync() => new PostgresGitOpsStateStore(await scratch.OpenAsync());

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => scratch.DisposeAsync();
}
