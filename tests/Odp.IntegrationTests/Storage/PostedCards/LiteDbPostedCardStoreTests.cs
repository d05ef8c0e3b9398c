using Odp.Engine.Storage.LiteDb;
using Odp.Engine.Storage.PostedCards;

namespace Odp.IntegrationTests.Storage.PostedCards;

/// <summary>The posted-card contract on LiteDB, in a fresh data folder per test.</summary>
public sealed class LiteDbPostedCardStoreTests : PostedCardStoreContract, IDisposable
{
    private readonly LiteDbScratch scratch = new();

    protected override Task<IPostedCardStore> NewStoreAsync() => Task.FromResult<IPostedCardStore>(new LiteDbPostedCardStore(scratch.Open()));

    public void Dispose() => scratch.Dispose();
}
