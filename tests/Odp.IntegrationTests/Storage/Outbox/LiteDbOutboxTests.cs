using Odp.Engine.Outbox;
using Odp.Engine.Storage.LiteDb;
using Odp.Engine.Tickets;

namespace Odp.IntegrationTests.Storage.Outbox;

/// <summary>The outbox contract on LiteDB, in a fresh data folder per test.</summary>
public sealed class LiteDbOutboxTests : OutboxContract, IDisposable
{
    private readonly LiteDbScratch scratch = new();

    protected override Task<IOutbox> NewOutboxAsync() => Task.FromResult<IOutbox>(new LiteDbOutbox(scratch.Open()));

    protected override Task<ITicketStore> NewTicketStoreAsync() => Task.FromResult<ITicketStore>(new LiteDbTicketStore(scratch.Open()));

    public void Dispose() => scratch.Dispose();
}
