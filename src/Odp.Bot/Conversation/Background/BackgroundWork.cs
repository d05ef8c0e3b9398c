using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Odp.Engine.Telemetry;

namespace Odp.Bot.Conversation.Background;

/// <summary>
/// Work a platform acknowledged already and finishes after the ack (Slack and Mattermost give 3 seconds), within a
/// fixed budget: at most <see cref="BackgroundWorkOptions.MaxRunning"/> items run at once and at most
/// <see cref="BackgroundWorkOptions.MaxQueued"/> wait, so a flood of commands costs a bounded number of running
/// commands and a bounded queue. <see cref="TryEnqueue"/> refuses what doesn't fit (the caller answers <see cref="Busy"/>
/// at once instead). Logs failures with a reference id, and lets hosts and tests wait until everything taken is done.
/// On stop, running items are cancelled and queued ones are not started; how many of each is logged.
/// </summary>
public sealed class BackgroundWork(IOptions<BackgroundWorkOptions> options, ILogger<BackgroundWork> logger) : BackgroundService
{
    // Unbounded as a channel, bounded by TryEnqueue: it holds at most Limit items.
    private readonly Channel<Func<CancellationToken, Task>> queue = Channel.CreateUnbounded<Func<CancellationToken, Task>>();
    private readonly Lock gate = new();
    private int held; // taken and not finished: waiting or running
    private int interrupted;
    private bool closed;
    private TaskCompletionSource idle = Completed();

    /// <summary>The most items held at once: those running plus those waiting.</summary>
    public int Limit => options.Value.MaxRunning + options.Value.MaxQueued;

    /// <summary>What a person hears when their command didn't fit: nothing was done, and the limit.</summary>
    public string Busy =>
        $"OpenDataPlane is busy: it already has as many commands running or waiting as it takes at once ({Limit:N0}). " +
        "Nothing was done; please try again in a minute.";

    /// <summary>Takes <paramref name="work"/> to run after the ack; false (and nothing kept) when the budget is full or the host is stopping.</summary>
    public bool TryEnqueue(Func<CancellationToken, Task> work)
    {
        lock (gate)
        {
            if (closed || held >= Limit) return false;
            if (held++ == 0) idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            queue.Writer.TryWrite(Traced(work));
            return true;
        }
    }

    /// <summary>The work in a span of its own, a child of the ack's span (<see cref="OdpTraces.Chat"/>), so a trace follows a command past its ack.</summary>
    private static Func<CancellationToken, Task> Traced(Func<CancellationToken, Task> work)
    {
        var parent = Activity.Current?.Context ?? default;
        return async cancellationToken =>
        {
            using var span = OdpTraces.Chat.StartActivity("Chat.AfterAck", ActivityKind.Internal, parent);
            await work(cancellationToken);
        };
    }

    /// <summary>Completes when nothing is queued or running.</summary>
    public Task WhenIdleAsync()
    {
        lock (gate) return idle.Task;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        lock (gate) closed = true;
        queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
        var notStarted = 0;
        while (queue.Reader.TryRead(out _))
        {
            notStarted++;
            Done();
        }
        var cutShort = Interlocked.Exchange(ref interrupted, 0);
        if (notStarted + cutShort > 0)
            logger.LogWarning(
                "Stopping with {NotStarted} acknowledged command(s) not started and {Interrupted} cut short: their senders get no " +
                "answer and must repeat them. A command cut short may have stored its change without sending its messages " +
                "(a new request's approval cards, a decision's or revocation's notice are sent by the command, not from an outbox).",
                notStarted, cutShort);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.MaxRunning).Select(_ => RunnerAsync(stoppingToken)));

    // One of MaxRunning runners: takes one item at a time until the host stops.
    private async Task RunnerAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                while (!stoppingToken.IsCancellationRequested && queue.Reader.TryRead(out var work))
                    await RunAsync(work, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping: StopAsync counts what was left
        }
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
        catch (Exception)
        {
            Interlocked.Increment(ref interrupted);
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
            if (--held == 0) idle.TrySetResult();
        }
    }

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }
}
