using System.Text.Json.Serialization;
using Odp.Bot.Api.Json;
using Odp.Engine.Access;
using Odp.Engine.Tickets;

namespace Odp.Bot.Api.Workspaces;

/// <summary>A live grant in a team's workspace: a ticket that is provisioning or active.</summary>
public sealed record GrantView(
    string TicketId,
    string Dataset,
    string User,
    [property: JsonConverter(typeof(CamelCaseEnumConverter<AccessLevel>))] AccessLevel Access,
    [property: JsonConverter(typeof(CamelCaseEnumConverter<TicketState>))] TicketState State,
    DateTime? ExpiresAt)
{
    public static GrantView Of(TicketData t) => new(t.Id, t.Dataset, t.User, t.Access, t.State, t.ExpiresAt?.UtcDateTime);
}
