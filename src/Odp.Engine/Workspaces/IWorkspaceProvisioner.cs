namespace Odp.Engine.Workspaces;

/// <summary>Makes a workspace match its spec. Idempotent: the same spec twice yields the same state.</summary>
public interface IWorkspaceProvisioner
{
    Task<ProvisionedWorkspace> ProvisionAsync(WorkspaceSpec spec, CancellationToken cancellationToken);
}
