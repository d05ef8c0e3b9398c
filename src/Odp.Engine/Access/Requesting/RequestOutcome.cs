using Odp.Engine.Directory;
using Odp.Engine.Tickets;

namespace Odp.Engine.Access.Requesting;

/// <summary>
/// The ticket that now stands for the request (<see cref="Existing"/> when an open one already did), who asked,
/// and the owners who may decide it.
/// </summary>
public sealed record RequestOutcome(TicketData Ticket, bool Existing, DirectoryUser Requester, IReadOnlyList<DirectoryUser> Deciders);
