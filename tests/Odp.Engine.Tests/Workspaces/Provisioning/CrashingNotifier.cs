using Odp.Engine.Notifications;

namespace Odp.Engine.Tests.Workspaces.Provisioning;

/// <summary>
/// Keeps every notification (across restarts, as the team's conversation would) and pulls the plug — cancels
/// <see cref="Power"/> — when one matches what <see cref="CrashWhen"/> armed. The worker's next store write then
/// fails as the process would die there: after the notified change is stored, before the next one is.
/// </summary>
internal sealed class CrashingNotifier : INotifier
{
    private readonly Lock gate = new();
    private readonly List<Notification> sent = [];
    private CancellationTokenSource power = new();
    private Func<Notification, bool>? crashWhen;

    public IReadOnlyList<Notification> Sent { get { lock (gate) return [.. sent]; } }

    /// <summary>The running process's life: cancelled by a crash.</summary>
    public CancellationToken Power { get { lock (gate) return power.Token; } }

    public void CrashWhen(Func<Notification, bool> when)
    {
        lock (gate) crashWhen = when;
    }

    /// <summary>Cuts the power now (e.g. from inside a step, after its backend did the work).</summary>
    public void Crash()
    {
        lock (gate) power.Cancel();
    }

    /// <summary>A new process: power back on, nothing armed.</summary>
    public void Restart()
    {
        lock (gate)
        {
            power.Dispose();
            power = new CancellationTokenSource();
            crashWhen = null;
        }
    }

    public Task NotifyAsync(Notification notification, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            sent.Add(notification);
            if (crashWhen?.Invoke(notification) != true) return Task.CompletedTask;
            crashWhen = null;
            power.Cancel();
        }
        return Task.CompletedTask;
    }
}
