using Odp.Engine.Hosting;
using Odp.Engine.Storage;
using Odp.Engine.Storage.Audit;
using Odp.Engine.Storage.LiteDb;

namespace Odp.IntegrationTests.Storage.Audit;

/// <summary>The audit contract on LiteDB, in a fresh data folder per test.</summary>
public sealed class LiteDbAuditLogTests : AuditLogContract, IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"odp-audit-{Guid.NewGuid():N}");
    private OdpDatabase? database;

    protected override Task<IAuditLog> NewLogAsync()
    {
        Directory.CreateDirectory(folder);
        database = new OdpDatabase(new DataDirectory(folder));
        return Task.FromResult<IAuditLog>(new LiteDbAuditLog(database));
    }

    public void Dispose()
    {
        database?.Dispose();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
