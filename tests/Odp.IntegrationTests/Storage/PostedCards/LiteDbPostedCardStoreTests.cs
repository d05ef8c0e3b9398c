using Odp.Engine.Hosting;
using Odp.Engine.Storage;
using Odp.Engine.Storage.LiteDb;
using Odp.Engine.Storage.PostedCards;

namespace Odp.IntegrationTests.Storage.PostedCards;

/// <summary>The posted-card contract on LiteDB, in a fresh data folder per test.</summary>
public sealed class LiteDbPostedCardStoreTests : PostedCardStoreContract, IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"odp-cards-{Guid.NewGuid():N}");
    private OdpDatabase? database;

    protected override Task<IPostedCardStore> NewStoreAsync()
    {
        Directory.CreateDirectory(folder);
        database = new OdpDatabase(new DataDirectory(folder));
        return Task.FromResult<IPostedCardStore>(new LiteDbPostedCardStore(database));
    }

    public void Dispose()
    {
        database?.Dispose();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
