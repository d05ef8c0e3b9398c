using Odp.Engine.Storage.Deliveries;

namespace Odp.IntegrationTests.Storage.Deliveries;

/// <summary>The delivery log contract in process (the embedded store's): "replicas" are one log, as in one process.</summary>
public sealed class MemoryDeliveryLogTests : DeliveryLogContract
{
    protected override Task<IReadOnlyList<IDeliveryLog>> NewLogsAsync(int capacity, int replicas)
    {
        var log = new MemoryDeliveryLog(Time, capacity);
        return Task.FromResult<IReadOnlyList<IDeliveryLog>>(Enumerable.Repeat<IDeliveryLog>(log, replicas).ToList());
    }
}
