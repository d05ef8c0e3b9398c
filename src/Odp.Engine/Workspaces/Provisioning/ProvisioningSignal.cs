namespace Odp.Engine.Workspaces.Provisioning;

/// <summary>Wakes the provisioning worker when a ticket is approved or retried, instead of waiting for its next poll.</summary>
public sealed class ProvisioningSignal
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Wake()
    {
        try
        {
            signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already awake: one pending wake-up is enough, the worker reads all stored work when it runs.
        }
    }

    /// <summary>Waits for a wake-up or for <paramref name="poll"/> to pass on the given clock.</summary>
    public async Task WaitAsync(TimeSpan poll, TimeProvider time, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(poll, time, linked.Token);
        var woken = signal.WaitAsync(linked.Token);
        await Task.WhenAny(delay, woken);
        await linked.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }
}
