namespace Odp.Bot.Platforms.Http;

/// <summary>
/// How a platform API client (Slack, Mattermost) retries. <see cref="RateLimitAttempts"/> bounds the sends of one
/// call that meet HTTP 429; a wait above <see cref="MaxRetryAfter"/> fails at once. <see cref="TransientRetries"/>
/// extra sends, <see cref="TransientDelay"/> apart (doubling each time), follow a 5xx, timeout or connection error,
/// for idempotent operations only. Registered per platform (keyed by the platform's service key).
/// </summary>
public sealed record HttpApiPolicy
{
    public int RateLimitAttempts { get; init; } = 3;

    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Used when a 429 says neither <c>Retry-After</c> nor <c>X-Ratelimit-Reset</c>.</summary>
    public TimeSpan DefaultRetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    public int TransientRetries { get; init; } = 2;

    public TimeSpan TransientDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The per-request timeout of the HTTP client.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
