namespace Odp.Engine.Storage.Locks;

/// <summary>
/// Exclusive sections across every replica on one store, by name: one writer of Trino's rules at a time, one filing of
/// a person's request for a dataset at a time. Names compare ignoring case; different names never wait for each other.
/// Held until disposed; a replica that dies lets go of what it held.
/// </summary>
public interface IStoreLock
{
    Task<IAsyncDisposable> AcquireAsync(string name, CancellationToken cancellationToken);
}
