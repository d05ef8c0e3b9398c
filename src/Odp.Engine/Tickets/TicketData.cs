using Odp.Engine.Access;

namespace Odp.Engine.Tickets;

/// <summary>Everything a ticket stores. Immutable: a <see cref="Ticket"/> replaces it on every change.</summary>
public sealed record TicketData(
    string Id,
    string Dataset,
    string User,
    AccessLevel Access,
    TimeSpan Duration,
    string Reason,
    string Workspace,
    TicketState State,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt,
    string? DecidedBy,
    string? DecisionNote,
    IReadOnlyList<TicketEvent> Events,
    IReadOnlyList<ProvisioningStep> Steps,
    int Version)
{
    /// <summary>True while the ticket may still become, or already is, a live grant.</summary>
    public bool IsOpen => State is TicketState.Pending or TicketState.Approved or TicketState.Provisioning
        or TicketState.Active or TicketState.Failed;
}
