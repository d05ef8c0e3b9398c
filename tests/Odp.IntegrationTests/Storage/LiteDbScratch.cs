using Odp.Engine.Storage.LiteDb;
using Odp.Engine.Hosting;
using Odp.Engine.Storage;

namespace Odp.IntegrationTests.Storage;

/// <summary>A fresh LiteDB data folder for a store contract test, deleted at the end.</summary>
public sealed class LiteDbScratch : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"odp-store-{Guid.NewGuid():N}");
    private OdpDatabase? database;

    public OdpDatabase Open()
    {
        Directory.CreateDirectory(folder);
        return database ??= new OdpDatabase(new DataDirectory(folder));
    }

    public void Dispose()
    {
        database?.Dispose();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
