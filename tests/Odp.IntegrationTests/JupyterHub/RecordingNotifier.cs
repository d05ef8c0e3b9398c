using System.Collections.Concurrent;
using Odp.Engine.Notifications;

namespace Odp.IntegrationTests.JupyterHub;

/// <summary>Keeps what the engine says, for assertions.</summary>
public sealed class RecordingNotifier : INotifier
{
    public ConcurrentQueue<Notification> Sent { get; } = new();

    public Task NotifyAsync(Notification notification, CancellationToken cancellationToken)
    {
        Sent.Enqueue(notification);
        return Task.CompletedTask;
    }
}
