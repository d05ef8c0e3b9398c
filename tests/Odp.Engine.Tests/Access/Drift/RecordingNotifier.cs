using Odp.Engine.Notifications;

namespace Odp.Engine.Tests.Access.Drift;

/// <summary>Keeps every notification it is given.</summary>
internal sealed class RecordingNotifier : INotifier
{
    public List<Notification> Sent { get; } = [];

    public Task NotifyAsync(Notification notification, CancellationToken cancellationToken)
    {
        Sent.Add(notification);
        return Task.CompletedTask;
    }
}
