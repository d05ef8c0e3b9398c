namespace Odp.Engine.Tests.Fakes.OpenMetadata;

/// <summary>A clock whose timers fire at once, recording the delays asked for (so backoff is observable without waiting).</summary>
public sealed class ImmediateTimeProvider : TimeProvider
{
    public List<TimeSpan> Delays { get; } = [];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            lock (Delays) Delays.Add(dueTime);
        }
        return base.CreateTimer(callback, state, dueTime == Timeout.InfiniteTimeSpan ? dueTime : TimeSpan.Zero, period);
    }
}
