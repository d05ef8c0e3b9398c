using Odp.Engine.Access;

namespace Odp.Engine.Tickets;

/// <summary>
/// Everything a ticket stores. Immutable: a <see cref="Ticket"/> replaces it on every change. <see cref="Team"/> is set
/// when the request was made for a team (a directory group): the grant then goes to that team's Trino group, and
/// <see cref="User"/> stays the member who asked.
/// </summary>
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
    int Version,
    string? Team = null)
{
    /// <summary>Who the grant is for, in words: <c>alice</c>, or <c>team analysts</c> for a team request.</summary>
    public string Grantee => Team is null ? User : $"team {Team}";

    /// <summary>True while the ticket may still become, or already is, a live grant.</summary>
    public bool IsOpen => State is TicketState.Pending or TicketState.Approved or TicketState.Provisioning
        or TicketState.Active or TicketState.Failed;
}
