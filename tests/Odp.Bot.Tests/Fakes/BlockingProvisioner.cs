using Odp.Engine.Workspaces;

namespace Odp.Bot.Tests.Fakes;

/// <summary>
/// Stands in for a workspace backend that hangs until the process goes away: the call never returns before its
/// token is cancelled, like a provisioning run cut short by a crash.
/// </summary>
public sealed class BlockingProvisioner : IWorkspaceProvisioner
{
    private readonly TaskCompletionSource entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when provisioning has reached the workspace step.</summary>
    public Task Entered => entered.Task;

    public async Task<ProvisionedWorkspace> ProvisionAsync(WorkspaceSpec spec, CancellationToken cancellationToken)
    {
        entered.TrySetResult();
        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new InvalidOperationException("unreachable");
    }
}
