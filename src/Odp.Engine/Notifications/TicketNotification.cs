using Odp.Engine.Tickets;

namespace Odp.Engine.Notifications;

/// <summary>Something a person should hear about a ticket.</summary>
public abstract record TicketNotification(TicketData Ticket) : Notification;
