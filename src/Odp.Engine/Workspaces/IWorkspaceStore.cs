namespace Odp.Engine.Workspaces;

public interface IWorkspaceStore
{
    Task<WorkspaceRecord?> FindAsync(string group, CancellationToken cancellationToken);

    Task SaveAsync(WorkspaceRecord workspace, CancellationToken cancellationToken);

    Task<IReadOnlyList<WorkspaceRecord>> ListAsync(CancellationToken cancellationToken);
}
