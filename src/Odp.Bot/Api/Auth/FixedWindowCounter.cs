using Odp.Engine.Budget;

namespace Odp.Bot.Api.Auth;

/// <summary>
/// Counts events per key in fixed windows on the injected clock, in a <see cref="BoundedTable{T}"/> with a hard budget
/// of entries and bytes (long keys are kept as their hash). A window ends <c>window</c> after its first event and is
/// dropped when room is needed. When the table is full of live windows, every key it doesn't hold counts against one
/// shared overflow window with the same limit: new keys together get at most <c>limit</c> events per window until room
/// frees up, so a flood of distinct keys neither grows the table nor buys anyone unlimited attempts.
/// </summary>
public sealed class FixedWindowCounter(int limit, TimeSpan window, TimeProvider time, int maxEntries, long maxBytes)
{
    private readonly BoundedTable<Window> windows = new(maxEntries, maxBytes);
    private readonly Lock gate = new();
    private Window overflow = new(DateTimeOffset.MinValue, 0);

    /// <summary>Windows held (for tests and the budget's accounting).</summary>
    public int Entries
    {
        get { lock (gate) return windows.Count; }
    }

    /// <summary>The bytes the held windows are counted as.</summary>
    public long Bytes
    {
        get { lock (gate) return windows.Bytes; }
    }

    /// <summary>How long until <paramref name="key"/> may be used again; zero if it may now.</summary>
    public TimeSpan Wait(string key)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            if (windows.TryGet(key, now, out var own)) return WaitOf(own, now);
            return windows.HasRoomFor(key, now) ? TimeSpan.Zero : WaitOf(overflow, now);
        }
    }

    /// <summary>Counts one use of <paramref name="key"/>: in its own window, or in the overflow window when the table is full.</summary>
    public void Take(string key)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            var next = windows.TryGet(key, now, out var own) ? own with { Count = own.Count + 1 } : new Window(now, 1);
            if (windows.TrySet(key, next, next.Start + window, now)) return;
            overflow = now < overflow.Start + window ? overflow with { Count = overflow.Count + 1 } : new Window(now, 1);
        }
    }

    private TimeSpan WaitOf(Window w, DateTimeOffset now) =>
        now < w.Start + window && w.Count >= limit ? w.Start + window - now : TimeSpan.Zero;

    private readonly record struct Window(DateTimeOffset Start, int Count);
}
