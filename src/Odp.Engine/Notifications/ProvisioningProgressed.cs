using Odp.Engine.Directory;
using Odp.Engine.Tickets;

namespace Odp.Engine.Notifications;

/// <summary>A provisioning step started, finished or failed. The requester's progress card shows every step.</summary>
public sealed record ProvisioningProgressed(TicketData Ticket, DirectoryUser Requester) : TicketNotification(Ticket);
