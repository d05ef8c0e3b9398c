using Odp.Engine.Outbox;
using Odp.Engine.Storage.LiteDb;
using Odp.Engine.Tickets;

namespace Odp.IntegrationTests.Storage.Tickets;

/// <summary>The ticket store contract on LiteDB, in a fresh data folder per test.</summary>
public sealed class LiteDbTicketStoreTests : TicketStoreContract, IDisposable
{
    private readonly LiteDbScratch scratch = new();

    protected override Task<ITicketStore> NewTicketStoreAsync() => Task.FromResult<ITicketStore>(new LiteDbTicketStore(scratch.Open()));

    protected override Task<IOutbox> NewOutboxAsync() => Task.FromResult<IOutbox>(new LiteDbOutbox(scratch.Open()));

    public void Dispose() => scratch.Dispose();
}
