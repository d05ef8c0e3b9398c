using Odp.Engine.Storage.Leases;
using Odp.Engine.Storage.LiteDb;

namespace Odp.IntegrationTests.Storage.Leases;

/// <summary>The lease contract on the in-process leases that go with LiteDB.</summary>
public sealed class ProcessLeaseStoreTests : LeaseStoreContract
{
    protected override Task<ILeaseStore> NewStoreAsync() => Task.FromResult<ILeaseStore>(new ProcessLeaseStore());
}
