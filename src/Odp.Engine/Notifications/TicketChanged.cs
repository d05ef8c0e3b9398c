using Odp.Engine.Directory;
using Odp.Engine.Tickets;

namespace Odp.Engine.Notifications;

/// <summary>A ticket moved. The requester hears of it; the owners' approval cards show the outcome.</summary>
public sealed record TicketChanged(
    TicketData Ticket,
    TicketEvent Change,
    DirectoryUser Requester,
    IReadOnlyList<DirectoryUser> Owners) : TicketNotification(Ticket);
