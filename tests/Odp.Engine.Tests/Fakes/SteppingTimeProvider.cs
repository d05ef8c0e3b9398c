using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace Odp.Engine.Tests.Fakes;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that reports every timer created (e.g. by <c>Task.Delay</c>), so a test moves the
/// clock exactly as far as the code under test waits, without sleeping. <see cref="Waits"/> lists those waits.
/// </summary>
internal sealed class SteppingTimeProvider : FakeTimeProvider
{
    private readonly Channel<TimeSpan> created = Channel.CreateUnbounded<TimeSpan>();
    private readonly List<TimeSpan> waits = [];

    /// <summary>A read of the next timer that outlived the run that started it; the next run takes it over.</summary>
    private Task<TimeSpan>? pendingRead;

    public SteppingTimeProvider()
    {
    }

    public SteppingTimeProvider(DateTimeOffset start)
        : base(start)
    {
    }

    public IReadOnlyList<TimeSpan> Waits { get { lock (waits) return [.. waits]; } }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            lock (waits) waits.Add(dueTime);
            created.Writer.TryWrite(dueTime);
        }
        return timer;
    }

    /// <summary>Runs <paramref name="work"/>, advancing the clock by each wait it starts, until it completes.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> work)
    {
        var task = work();
        while (!task.IsCompleted)
        {
            pendingRead ??= created.Reader.ReadAsync().AsTask();
            if (await Task.WhenAny(task, pendingRead) != pendingRead) break;
            var due = await pendingRead;
            pendingRead = null;
            Advance(due);
        }
        return await task;
    }

    public Task RunAsync(Func<Task> work) => RunAsync(async () => { await work(); return true; });
}
