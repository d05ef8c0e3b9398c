namespace Odp.Engine.Storage.Leases;

/// <summary>
/// Named leases with an expiry, shared by every replica on one store: a singleton sweep, a ticket's provisioning or a
/// ticket's owed work is run by whoever holds its lease. A holder renews by acquiring again before the expiry; a
/// replica that dies stops renewing, and its leases are taken over once they expire. Times come from the caller's
/// clock (replicas' clocks are assumed to agree within a small fraction of a lease's length).
/// </summary>
public interface ILeaseStore
{
    /// <summary>
    /// Takes or renews <paramref name="name"/> for <paramref name="holder"/> until <paramref name="now"/> +
    /// <paramref name="duration"/>: true when it is free, expired or already held by <paramref name="holder"/>.
    /// </summary>
    Task<bool> TryAcquireAsync(string name, string holder, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Gives the lease up if <paramref name="holder"/> holds it; otherwise does nothing.</summary>
    Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken);

    /// <summary>Who holds <paramref name="name"/> at <paramref name="now"/>, or null.</summary>
    Task<string?> HolderAsync(string name, DateTimeOffset now, CancellationToken cancellationToken);
}
