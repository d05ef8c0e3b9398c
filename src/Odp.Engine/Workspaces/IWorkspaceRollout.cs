namespace Odp.Engine.Workspaces;

/// <summary>
/// What a workspace change needs after it is made before it holds, in modes where it does not land at once: in
/// <c>gitops</c> mode the pipeline of the commit that holds the team's workspace, followed to success. Registered only
/// in such modes; the <c>directory</c> and <c>direct</c> modes have none.
/// </summary>
public interface IWorkspaceRollout
{
    /// <summary>Waits until the team's last workspace change is rolled out; throws when it failed or timed out.</summary>
    Task FollowAsync(string group, CancellationToken cancellationToken);
}
