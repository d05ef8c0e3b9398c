namespace Odp.Engine.Storage.Deliveries;

/// <summary>
/// The deliveries of requests that act, remembered until they can no longer arrive again, so a retried or replayed
/// delivery runs once — on every replica that shares the store. A platform turns each delivery into a key (already
/// bounded: at most <see cref="Budget.BoundedTable{T}.MaxKeyLength"/> characters, see
/// <see cref="Budget.BoundedTable{T}.KeyOf"/>; a longer one is hashed) and the time after which it is forgotten.
/// At most <see cref="Capacity"/> unforgotten deliveries are kept: when that many are, a new one is
/// <see cref="DeliveryVerdict.Full"/> and should run nothing (the safe side: it might be a repeat of one that had to be
/// forgotten) until old ones are forgotten. Implementations read the time from their injected clock.
/// </summary>
public interface IDeliveryLog
{
    /// <summary>How many unforgotten deliveries are kept by default.</summary>
    public const int DefaultCapacity = 10_000;

    /// <summary>The most unforgotten deliveries kept at once.</summary>
    int Capacity { get; }

    /// <summary>
    /// Remembers <paramref name="key"/> until <paramref name="forgetAt"/> and answers <see cref="DeliveryVerdict.First"/>,
    /// unless it is remembered already (<see cref="DeliveryVerdict.Repeat"/>) or there is no room
    /// (<see cref="DeliveryVerdict.Full"/>). Of any number of concurrent admissions of one key, exactly one is First.
    /// </summary>
    Task<DeliveryVerdict> AdmitAsync(string key, DateTimeOffset forgetAt, CancellationToken cancellationToken);
}
