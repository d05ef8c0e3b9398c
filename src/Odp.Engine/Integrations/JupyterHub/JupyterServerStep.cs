using Odp.Engine.Catalog;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces.Provisioning;

namespace Odp.Engine.Integrations.JupyterHub;

/// <summary>
/// Starts the requester's named server for the workspace (after the workspace step) with the ticket's Trino connection,
/// and stores its URL, so the ready message links a running server. Already running is fine.
/// </summary>
public sealed class JupyterServerStep(JupyterServers servers) : IProvisioningStep
{
    public const string StepName = "jupyter-server";

    public string Name => StepName;

    public Task RunAsync(TicketData ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return servers.LaunchAsync(ticket.User, ticket.Workspace, DatasetName.Parse(ticket.Dataset), cancellationToken);
    }
}
