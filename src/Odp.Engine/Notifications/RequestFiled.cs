using Odp.Engine.Catalog;
using Odp.Engine.Directory;
using Odp.Engine.Tickets;

namespace Odp.Engine.Notifications;

/// <summary>
/// A request was filed, or an identical open one was found (<see cref="Existing"/>). The requester gets a receipt;
/// for a new ticket each owner gets the approval card.
/// </summary>
public sealed record RequestFiled(
    TicketData Ticket,
    Dataset Dataset,
    DirectoryUser Requester,
    IReadOnlyList<DirectoryUser> Owners,
    bool Existing) : TicketNotification(Ticket);
