using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace Odp.Engine.Tests.Fakes.GitLab;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that reports every timer created (e.g. by <c>Task.Delay</c>), so a test moves the
/// clock exactly as far as the code under test waits, without sleeping. <see cref="Waits"/> lists those waits.
/// </summary>
internal sealed class SteppingTimeProvider : FakeTimeProvider
{
    private readonly Channel<TimeSpan> created = Channel.CreateUnbounded<TimeSpan>();
    private readonly List<TimeSpan> waits = [];

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
            var next = created.Reader.ReadAsync().AsTask();
            if (await Task.WhenAny(task, next) != next) break;
            Advance(await next);
        }
        return await task;
    }

    public Task RunAsync(Func<Task> work) => RunAsync(async () => { await work(); return true; });
}
