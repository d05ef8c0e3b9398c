using Odp.Engine.Access;

namespace Odp.Engine.Tickets;

/// <summary>
/// What a requester asked for; validated by the request use case before a ticket is opened. <paramref name="Team"/> is
/// set for a request made for a whole team.
/// </summary>
public sealed record TicketRequest(
    string Dataset, string User, AccessLevel Access, TimeSpan Duration, string Reason, string Workspace, string? Team = null);
