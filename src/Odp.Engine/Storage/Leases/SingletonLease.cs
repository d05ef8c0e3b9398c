namespace Odp.Engine.Storage.Leases;

/// <summary>
/// Lets a singleton sweep (expiry, the drift check) run on one replica at a time: before each pass the sweep asks to
/// hold its lease for <see cref="LengthFor"/> of its interval. The holder renews it pass after pass; the others skip
/// their passes; when the holder dies its lease expires and the next replica to ask takes the sweep over.
/// </summary>
public sealed class SingletonLease(ILeaseStore leases, ReplicaIdentity replica, TimeProvider time)
{
    /// <summary>A lease outlives two missed passes, and at least a minute, so a slow pass doesn't hand the sweep over.</summary>
    public static TimeSpan LengthFor(TimeSpan interval) =>
        interval * 2 > TimeSpan.FromMinutes(1) ? interval * 2 : TimeSpan.FromMinutes(1);

    /// <summary>True when this replica holds (or now took) <paramref name="name"/> and should run the pass.</summary>
    public Task<bool> HoldAsync(string name, TimeSpan interval, CancellationToken cancellationToken) =>
        leases.TryAcquireAsync(name, replica.Id, time.GetUtcNow(), LengthFor(interval), cancellationToken);
}
