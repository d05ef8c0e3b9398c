namespace Odp.Bot.Api.Auth;

/// <summary>
/// Counts events per key in fixed windows on the injected clock. <see cref="TryTake"/> answers how long until the
/// key's window resets when it is used up. Windows that ended are dropped as new ones are taken.
/// </summary>
public sealed class FixedWindowCounter(int limit, TimeSpan window, TimeProvider time)
{
    private readonly Dictionary<string, (DateTimeOffset Start, int Count)> windows = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>How long until <paramref name="key"/> may be used again; zero if it may now.</summary>
    public TimeSpan Wait(string key)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            return windows.TryGetValue(key, out var w) && now - w.Start < window && w.Count >= limit ? w.Start + window - now : TimeSpan.Zero;
        }
    }

    /// <summary>Counts one use of <paramref name="key"/>.</summary>
    public void Take(string key)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            if (windows.Count > 10_000) Prune(now);
            windows[key] = windows.TryGetValue(key, out var w) && now - w.Start < window ? (w.Start, w.Count + 1) : (now, 1);
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var key in windows.Where(p => now - p.Value.Start >= window).Select(p => p.Key).ToList()) windows.Remove(key);
    }
}
