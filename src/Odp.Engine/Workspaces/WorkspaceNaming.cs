namespace Odp.Engine.Workspaces;

/// <summary>
/// The one place a team's workspace name comes from (the folder, the namespace <c>odp-&lt;name&gt;</c>, the
/// JupyterHub server name): the name the team's group asks for (<see cref="WorkspaceNames.FromGroup"/>) when no
/// other group holds it, else the same name with a short hash of the group id. Decided on first use and stored, so
/// it never changes and two groups never share a workspace.
/// </summary>
public sealed class WorkspaceNaming(IWorkspaceStore store)
{
    public Task<string> NameOfAsync(string group, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(group);
        return store.ClaimNameAsync(group, WorkspaceNames.Candidates(group), cancellationToken);
    }
}
