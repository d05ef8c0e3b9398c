using Odp.Engine.Storage.Leases;
using Odp.Engine.Storage.LiteDb;

namespace Odp.IntegrationTests.Storage.Leases;

/// <summary>The lease contract on LiteDB, in a fresh data folder per test.</summary>
public sealed class LiteDbLeaseStoreTests : LeaseStoreContract, IDisposable
{
    private readonly LiteDbScratch scratch = new();

    protected override Task<ILeaseStore> NewStoreAsync() => Task.FromResult<ILeaseStore>(new LiteDbLeaseStore(scratch.Open()));

    public void Dispose() => scratch.Dispose();
}
