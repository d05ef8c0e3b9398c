using Odp.Engine.Tickets;

namespace Odp.Engine.Workspaces.Provisioning;

/// <summary>Creates or updates the team's workspace objects through the configured provisioner.</summary>
public sealed class WorkspaceStep(WorkspaceSync workspaces) : IProvisioningStep
{
    public const string StepName = "workspace";

    public string Name => StepName;

    public Task RunAsync(TicketData ticket, CancellationToken cancellationToken) => workspaces.ProvisionAsync(ticket.Workspace, cancellationToken);
}
