namespace Odp.Engine.Notifications;

/// <summary>Something a person or a team should hear: about a ticket (<see cref="TicketNotification"/>) or for ops.</summary>
public abstract record Notification;
