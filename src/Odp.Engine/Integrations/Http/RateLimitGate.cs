namespace Odp.Engine.Integrations.Http;

/// <summary>
/// Per-operation "don't call before" times for one backend, held by its <see cref="BackendPipeline"/> and so shared
/// by every client of it: after a 429 on one operation (a request named with <see cref="BackendRequest.Named"/>),
/// every caller of that operation waits out the server's delay; other operations go on.
/// </summary>
public sealed class RateLimitGate(TimeProvider timeProvider)
{
    private readonly Dictionary<string, DateTimeOffset> blockedUntil = new(StringComparer.Ordinal);

    public TimeProvider TimeProvider { get; } = timeProvider;

    /// <summary>How long <paramref name="key"/> is still blocked; zero when it may be called now.</summary>
    public TimeSpan Remaining(string key)
    {
        lock (blockedUntil)
        {
            if (!blockedUntil.TryGetValue(key, out var until)) return TimeSpan.Zero;
            var left = until - TimeProvider.GetUtcNow();
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }

    /// <summary>The server said 429 for <paramref name="key"/>: nobody calls it for <paramref name="retryAfter"/>.</summary>
    public void Block(string key, TimeSpan retryAfter)
    {
        lock (blockedUntil)
        {
            var until = TimeProvider.GetUtcNow() + retryAfter;
            if (!blockedUntil.TryGetValue(key, out var current) || current < until)
            {
                blockedUntil[key] = until;
            }
        }
    }

    /// <summary>Waits (on <see cref="TimeProvider"/>) until <paramref name="key"/> may be called.</summary>
    public async Task WaitAsync(string key, CancellationToken cancellationToken)
    {
        for (var left = Remaining(key); left > TimeSpan.Zero; left = Remaining(key))
        {
            await Task.Delay(left, TimeProvider, cancellationToken).ConfigureAwait(false);
        }
    }
}
