namespace Odp.Engine.Storage.Leases;

/// <summary>
/// This process's name as a lease holder: the host name, the process id and a random part, so a restarted process
/// (same host, maybe the same pid) never mistakes a lease of its dead predecessor for its own.
/// </summary>
public sealed class ReplicaIdentity
{
    private long claims;

    public string Id { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>
    /// A holder name for one piece of work (a ticket's provisioning, a drain of its outbox): this replica's id and a
    /// number, so two workers of one process (the hosted worker and a command, say) exclude each other too.
    /// </summary>
    public string NewClaim() => $"{Id}#{Interlocked.Increment(ref claims)}";

    /// <summary>True when <paramref name="holder"/> is one of this replica's claims (or the replica itself).</summary>
    public bool Owns(string holder) => holder == Id || holder.StartsWith(Id + "#", StringComparison.Ordinal);

    public override string ToString() => Id;
}
