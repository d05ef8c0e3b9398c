using Odp.Engine.Tickets;

namespace Odp.Engine.Workspaces.Provisioning;

/// <summary>
/// One step between approval and access (the Trino grant, the workspace objects, a pipeline, a Jupyter server, a
/// verification). Steps run in registration order; each must be idempotent, because after a crash a step that was
/// running runs again. A step that throws is retried within <see cref="ProvisioningOptions"/> bounds, then fails the
/// ticket with its message.
/// </summary>
public interface IProvisioningStep
{
    /// <summary>A short stable name, stored on the ticket (e.g. <c>trino-grant</c>).</summary>
    string Name { get; }

    Task RunAsync(TicketData ticket, CancellationToken cancellationToken);

    /// <summary>
    /// What the ticket's Active event records about this step once it is done, when people should see it in the
    /// audit trail (Trino's verification); null for nothing.
    /// </summary>
    string? Outcome(TicketData ticket) => null;
}
