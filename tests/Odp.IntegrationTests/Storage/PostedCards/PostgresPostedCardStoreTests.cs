using Odp.Engine.Storage.Postgres;
using Odp.Engine.Storage.PostedCards;
using Odp.IntegrationTests.Storage.Postgres;

namespace Odp.IntegrationTests.Storage.PostedCards;

/// <summary>The posted-card contract on a real PostgreSQL, a migrated database per test.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresPostedCardStoreTests(PostgresFixture postgres) : PostedCardStoreContract, IAsyncLifetime
{
    private readonly PostgresScratch scratch = new(postgres);

    protected override async Task<IPostedCardStore> NewStoreAsync() => new PostgresPostedCardStore(await scratch.OpenAsync());

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => scratch.DisposeAsync();
}
