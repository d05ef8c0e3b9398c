namespace Odp.Engine.Notifications;

/// <summary>
/// Something the operators should hear (e.g. a drift repair). The bot posts <see cref="Text"/> to the team
/// conversation set by <c>Odp:Ops:Conversation</c>.
/// </summary>
public sealed record OpsAlert(string Title, string Text, DateTimeOffset At) : Notification;
