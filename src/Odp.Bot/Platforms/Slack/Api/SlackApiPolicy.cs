namespace Odp.Bot.Platforms.Slack.Api;

/// <summary>
/// How <see cref="SlackApiClient"/> retries. <see cref="RateLimitAttempts"/> bounds the sends of one call that meet
/// HTTP 429; a <c>Retry-After</c> above <see cref="MaxRetryAfter"/> fails at once with <c>ratelimited</c>.
/// <see cref="TransientRetries"/> extra sends, <see cref="TransientDelay"/> apart (doubling each time), follow a 5xx,
/// timeout or connection error, for idempotent methods only.
/// </summary>
public sealed record SlackApiPolicy
{
    public int RateLimitAttempts { get; init; } = 3;

    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Used when a 429 carries no <c>Retry-After</c> (Slack always sends one).</summary>
    public TimeSpan DefaultRetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    public int TransientRetries { get; init; } = 2;

    public TimeSpan TransientDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The per-request timeout of the HTTP client.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
