using Odp.Engine.Budget;

namespace Odp.Engine.Storage.Deliveries;

/// <summary>
/// <see cref="IDeliveryLog"/> in this process, for a single replica (the embedded LiteDB store): a
/// <see cref="BoundedTable{T}"/> of at most <paramref name="capacity"/> keys, each dropped once its forget-at has
/// passed on the injected clock, so it never holds more than <c>capacity * BoundedTable.MaxEntryBytes</c> bytes.
/// </summary>
public sealed class MemoryDeliveryLog(TimeProvider time, int capacity = IDeliveryLog.DefaultCapacity) : IDeliveryLog
{
    private static readonly Task<DeliveryVerdict> First = Task.FromResult(DeliveryVerdict.First);
    private static readonly Task<DeliveryVerdict> Repeat = Task.FromResult(DeliveryVerdict.Repeat);
    private static readonly Task<DeliveryVerdict> Full = Task.FromResult(DeliveryVerdict.Full);

    private readonly BoundedTable<bool> seen = new(capacity, capacity * BoundedTable<bool>.MaxEntryBytes);
    private readonly Lock gate = new();

    public int Capacity => capacity;

    public Task<DeliveryVerdict> AdmitAsync(string key, DateTimeOffset forgetAt, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            if (seen.TryGet(key, now, out _)) return Repeat;
            return seen.TrySet(key, true, forgetAt, now) ? First : Full;
        }
    }
}
