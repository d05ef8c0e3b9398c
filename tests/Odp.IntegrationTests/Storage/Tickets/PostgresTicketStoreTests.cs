using Odp.Engine.Outbox;
using Odp.Engine.Storage.Postgres;
using Odp.Engine.Tickets;
using Odp.IntegrationTests.Storage.Postgres;

namespace Odp.IntegrationTests.Storage.Tickets;

/// <summary>The ticket store contract on a real PostgreSQL, a migrated database per test.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresTicketStoreTests(PostgresFixture postgres) : TicketStoreContract, IAsyncLifetime
{
    private readonly PostgresScratch scratch = new(postgres);

    protected override async Task<ITicketStore> NewTicketStoreAsync() => new PostgresTicketStore(await scratch.OpenAsync());

    protected override async Task<IOutbox> NewOutboxAsync() => new PostgresOutbox(await scratch.OpenAsync());

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => scratch.DisposeAsync();
}
