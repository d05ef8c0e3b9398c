using Microsoft.Extensions.Time.Testing;

namespace Odp.Bot.Tests.Fakes;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that also tells when code starts waiting: every timer it creates (each
/// <c>Task.Delay(d, timeProvider)</c>) is noted, so a test advances time only once the wait is in place — no races,
/// no sleeping.
/// </summary>
internal sealed class TimerWatchingTimeProvider(FakeTimeProvider inner) : TimeProvider
{
    private readonly List<TimeSpan> created = [];
    private readonly List<(TimeSpan Due, int Occurrence, TaskCompletionSource Done)> waiters = [];

    public TimerWatchingTimeProvider()
        : this(new FakeTimeProvider(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero)))
    {
    }

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override long GetTimestamp() => inner.GetTimestamp();

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public void Advance(TimeSpan by) => inner.Advance(by);

    public int TimersCreated(TimeSpan due)
    {
        lock (created) return created.Count(d => d == due);
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = inner.CreateTimer(callback, state, dueTime, period);
        var done = new List<TaskCompletionSource>();
        lock (created)
        {
            created.Add(dueTime);
            for (var i = waiters.Count - 1; i >= 0; i--)
            {
                if (created.Count(d => d == waiters[i].Due) >= waiters[i].Occurrence)
                {
                    done.Add(waiters[i].Done);
                    waiters.RemoveAt(i);
                }
            }
        }

        foreach (var d in done) d.TrySetResult();
        return timer;
    }

    /// <summary>Completes once <paramref name="occurrence"/> timers due after <paramref name="due"/> have been created.</summary>
    public async Task WaitForTimerAsync(TimeSpan due, int occurrence = 1)
    {
        var waiter = (due, occurrence, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        lock (created)
        {
            if (created.Count(d => d == due) >= occurrence) return;
            waiters.Add(waiter);
        }

        try
        {
            await waiter.Item3.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            lock (created)
            {
                throw new TimeoutException($"No timer #{occurrence} due in {due} was created; timers: [{string.Join(", ", created)}]");
            }
        }
    }
}
