namespace Odp.Engine.Storage.Leases;

/// <summary>
/// This process's name as a lease holder: the host name, the process id and a random part, so a restarted process
/// (same host, maybe the same pid) never mistakes a lease of its dead predecessor for its own.
/// </summary>
public sealed class ReplicaIdentity
{
    public string Id { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    public override string ToString() => Id;
}
