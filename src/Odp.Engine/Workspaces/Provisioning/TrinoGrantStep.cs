using Odp.Engine.Access.Enforcement;
using Odp.Engine.Tickets;

namespace Odp.Engine.Workspaces.Provisioning;

/// <summary>Rewrites the enforcement point's grants from every granting ticket, this one included.</summary>
public sealed class TrinoGrantStep(GrantSync grants) : IProvisioningStep
{
    public const string StepName = "trino-grant";

    public string Name => StepName;

    public Task RunAsync(TicketData ticket, CancellationToken cancellationToken) => grants.ApplyAsync(cancellationToken);
}
