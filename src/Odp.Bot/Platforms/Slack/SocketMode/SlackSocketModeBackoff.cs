namespace Odp.Bot.Platforms.Slack.SocketMode;

/// <summary>
/// How long to wait before the next connection attempt: 1s, 2s, 4s… up to <see cref="Cap"/>, each stretched by up
/// to a fifth at random (<paramref name="jitter"/> gives a number in [0, 1)) so many bots don't reconnect in step.
/// <see cref="Reset"/> after Slack says hello. Waits run on <paramref name="time"/>, so tests never sleep.
/// </summary>
public sealed class SlackSocketModeBackoff(TimeProvider time, Func<double> jitter)
{
    public static readonly TimeSpan Initial = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Cap = TimeSpan.FromSeconds(30);
    private const double MaxStretch = 0.2;

    private int failures;

    /// <summary>The delay before the next attempt; each call counts one more failure.</summary>
    public TimeSpan Next()
    {
        var exponent = Math.Min(Interlocked.Increment(ref failures) - 1, 16);
        var baseDelay = Math.Min(Initial.TotalMilliseconds * Math.Pow(2, exponent), Cap.TotalMilliseconds);
        var stretched = baseDelay * (1 + MaxStretch * Math.Clamp(jitter(), 0, 1));
        return TimeSpan.FromMilliseconds(Math.Min(stretched, Cap.TotalMilliseconds));
    }

    public void Reset() => Interlocked.Exchange(ref failures, 0);

    /// <summary>Waits <see cref="Next"/> on the injected clock.</summary>
    public Task WaitAsync(CancellationToken cancellationToken) => Task.Delay(Next(), time, cancellationToken);
}
