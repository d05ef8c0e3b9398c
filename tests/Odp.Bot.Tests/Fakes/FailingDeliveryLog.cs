using Odp.Engine.Storage.Deliveries;

namespace Odp.Bot.Tests.Fakes;

/// <summary>A delivery log whose store is down: every admission fails, as PostgreSQL's would when it can't be reached.</summary>
public sealed class FailingDeliveryLog : IDeliveryLog
{
    public int Capacity => IDeliveryLog.DefaultCapacity;

    private int calls;

    public int Calls => calls;

    public Task<DeliveryVerdict> AdmitAsync(string key, DateTimeOffset forgetAt, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref calls);
        return Task.FromException<DeliveryVerdict>(new InvalidOperationException("The delivery log can't be reached."));
    }
}
