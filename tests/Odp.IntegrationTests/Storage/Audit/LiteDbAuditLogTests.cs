using Odp.Engine.Storage.LiteDb;
using Odp.Engine.Storage.Audit;

namespace Odp.IntegrationTests.Storage.Audit;

/// <summary>The audit contract on LiteDB, in a fresh data folder per test.</summary>
public sealed class LiteDbAuditLogTests : AuditLogContract, IDisposable
{
    private readonly LiteDbScratch scratch = new();

    protected override Task<IAuditLog> NewLogAsync() => Task.FromResult<IAuditLog>(new LiteDbAuditLog(scratch.Open()));

    public void Dispose() => scratch.Dispose();
}
