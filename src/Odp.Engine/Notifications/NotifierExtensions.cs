using Microsoft.Extensions.Logging;

namespace Odp.Engine.Notifications;

public static class NotifierExtensions
{
    /// <summary>
    /// Delivers without letting a delivery failure undo work that is already stored: the ticket has moved either way.
    /// </summary>
    public static async Task TryNotifyAsync(this INotifier notifier, Notification notification, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            await notifier.NotifyAsync(notification, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Could not deliver {Notification} for {Ticket}", notification.GetType().Name,
                notification is TicketNotification { Ticket: var ticket } ? ticket.Id : "ops");
        }
    }
}
