namespace Odp.Engine.Workspaces;

public interface IWorkspaceStore
{
    Task<WorkspaceRecord?> FindAsync(string group, CancellationToken cancellationToken);

    Task SaveAsync(WorkspaceRecord workspace, CancellationToken cancellationToken);

    Task<IReadOnlyList<WorkspaceRecord>> ListAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The workspace name <paramref name="group"/> holds; when it holds none yet, the first of
    /// <paramref name="candidates"/> that no other group holds, now held by <paramref name="group"/> for good. Atomic:
    /// groups claiming at the same time never get the same name, and one group never gets two.
    /// </summary>
    Task<string> ClaimNameAsync(string group, IEnumerable<string> candidates, CancellationToken cancellationToken);
}
