using System.Threading.Channels;

namespace Odp.Bot.Conversation;

/// <summary>
/// Work a platform acknowledged already and finishes after the ack (Slack and Mattermost give 3 seconds). Runs items
/// concurrently, logs failures with a reference id, and lets hosts and tests wait until everything queued is done.
/// </summary>
public sealed class BackgroundWork(ILogger<BackgroundWork> logger) : BackgroundService
{
    private readonly Channel<Func<CancellationToken, Task>> queue = Channel.CreateUnbounded<Func<CancellationToken, Task>>();
    private readonly Lock gate = new();
    private int running;
    private TaskCompletionSource idle = Completed();

    public void Enqueue(Func<CancellationToken, Task> work)
    {
        lock (gate)
        {
            if (running++ == 0) idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        if (!queue.Writer.TryWrite(work)) Done();
    }

    /// <summary>Completes when nothing is queued or running.</summary>
    public Task WhenIdleAsync()
    {
        lock (gate) return idle.Task;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var work in queue.Reader.ReadAllAsync(stoppingToken))
            _ = RunAsync(work, stoppingToken);
    }

    private async Task RunAsync(Func<CancellationToken, Task> work, CancellationToken stoppingToken)
    {
        try
        {
            await work(stoppingToken);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(e, "Background work failed (ref {Reference})", ErrorReference.New());
        }
        finally
        {
            Done();
        }
    }

    private void Done()
    {
        lock (gate)
        {
            if (--running == 0) idle.TrySetResult();
        }
    }

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }
}
