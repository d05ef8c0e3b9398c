namespace Odp.Engine.Workspaces.GitOps;

/// <summary>
/// Each team's last GitOps commit and pipeline (<see cref="GitOpsState"/>), by group id ignoring case, so a restart
/// (or, on PostgreSQL, another replica) resumes following it.
/// </summary>
public interface IGitOpsStateStore
{
    Task<GitOpsState?> FindAsync(string group, CancellationToken cancellationToken);

    /// <summary>Stores the team's state, replacing what it had.</summary>
    Task SaveAsync(GitOpsState state, CancellationToken cancellationToken);
}
