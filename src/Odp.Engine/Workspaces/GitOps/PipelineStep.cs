using Odp.Engine.Tickets;
using Odp.Engine.Workspaces.Provisioning;

namespace Odp.Engine.Workspaces.GitOps;

/// <summary>
/// Provisioning's <c>pipeline</c> step (gitops): follows the pipeline of the commit the workspace step made or found
/// (see <see cref="PipelineFollower"/>) to success. Run again after a crash it follows the same pipeline; after that
/// pipeline failed, it retries its failed jobs.
/// </summary>
public sealed class PipelineStep(PipelineFollower pipelines) : IProvisioningStep
{
    public const string StepName = "pipeline";

    public string Name => StepName;

    public Task RunAsync(TicketData ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return pipelines.FollowAsync(ticket.Workspace, cancellationToken);
    }
}
