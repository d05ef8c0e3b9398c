namespace Odp.Engine.Notifications;

/// <summary>The engine says what happened to whom; the bot decides how it looks and where it goes.</summary>
public interface INotifier
{
    Task NotifyAsync(Notification notification, CancellationToken cancellationToken);
}
