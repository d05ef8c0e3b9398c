using System.Text.Json.Serialization;
using Odp.Bot.Api.Json;
using Odp.Engine.Access;
using Odp.Engine.Tickets;

namespace Odp.Bot.Api.Requests;

/// <summary>
/// An access request (a ticket) with its log and provisioning steps. <see cref="Duration"/> is written as people
/// type it (<c>30d</c>); times are UTC. <see cref="Team"/> is set (and <see cref="User"/> is who asked) when the request
/// is for a whole team.
/// </summary>
public sealed record TicketResource(
    string Id,
    string Dataset,
    string User,
    [property: JsonConverter(typeof(CamelCaseEnumConverter<AccessLevel>))] AccessLevel Access,
    string Duration,
    string Reason,
    string Workspace,
    [property: JsonConverter(typeof(CamelCaseEnumConverter<TicketState>))] TicketState State,
    DateTime CreatedAt,
    DateTime? ExpiresAt,
    string? DecidedBy,
    string? DecisionNote,
    IReadOnlyList<TicketEventView> Events,
    IReadOnlyList<ProvisioningStepView> Steps,
    string? Team)
{
    public static TicketResource Of(TicketData t) => new(
        t.Id, t.Dataset, t.User, t.Access, DurationText.Format(t.Duration), t.Reason, t.Workspace, t.State,
        t.CreatedAt.UtcDateTime, t.ExpiresAt?.UtcDateTime, t.DecidedBy, t.DecisionNote,
        [.. t.Events.Select(TicketEventView.Of)], [.. t.Steps.Select(ProvisioningStepView.Of)], t.Team);
}
