using Microsoft.Extensions.Time.Testing;

namespace Odp.Engine.Tests.Catalog.Sync;

/// <summary>A <see cref="FakeTimeProvider"/> that signals each timer created, so a test advances time only once code waits.</summary>
public sealed class TimerSignalTimeProvider(FakeTimeProvider inner) : TimeProvider
{
    private readonly SemaphoreSlim created = new(0);

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override long GetTimestamp() => inner.GetTimestamp();

    public override long TimestampFrequency => inner.TimestampFrequency;

    public void Advance(TimeSpan by) => inner.Advance(by);

    /// <summary>Completes when the next timer is created (within 10 s of real time, or fails).</summary>
    public async Task WaitForTimerAsync()
    {
        Assert.True(await created.WaitAsync(TimeSpan.FromSeconds(10)), "No timer was created.");
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = inner.CreateTimer(callback, state, dueTime, period);
        created.Release();
        return timer;
    }
}
