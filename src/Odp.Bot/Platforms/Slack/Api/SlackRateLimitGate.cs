namespace Odp.Bot.Platforms.Slack.Api;

/// <summary>
/// Per-method "don't call before" times, shared by every <see cref="SlackApiClient"/> (register it as a singleton):
/// after a 429 on one method, every caller of that method waits out <c>Retry-After</c>; other methods go on.
/// </summary>
public sealed class SlackRateLimitGate(TimeProvider timeProvider)
{
    private readonly Dictionary<string, DateTimeOffset> blockedUntil = new(StringComparer.Ordinal);

    public TimeProvider TimeProvider { get; } = timeProvider;

    /// <summary>How long <paramref name="method"/> is still blocked; zero when it may be called now.</summary>
    public TimeSpan Remaining(string method)
    {
        lock (blockedUntil)
        {
            if (!blockedUntil.TryGetValue(method, out var until)) return TimeSpan.Zero;
            var left = until - TimeProvider.GetUtcNow();
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }

    /// <summary>Slack said 429 for <paramref name="method"/>: nobody calls it for <paramref name="retryAfter"/>.</summary>
    public void Block(string method, TimeSpan retryAfter)
    {
        lock (blockedUntil)
        {
            var until = TimeProvider.GetUtcNow() + retryAfter;
            if (!blockedUntil.TryGetValue(method, out var current) || current < until)
            {
                blockedUntil[method] = until;
            }
        }
    }

    /// <summary>Waits (on <see cref="TimeProvider"/>) until <paramref name="method"/> may be called.</summary>
    public async Task WaitAsync(string method, CancellationToken cancellationToken)
    {
        for (var left = Remaining(method); left > TimeSpan.Zero; left = Remaining(method))
        {
            await Task.Delay(left, TimeProvider, cancellationToken).ConfigureAwait(false);
        }
    }
}
