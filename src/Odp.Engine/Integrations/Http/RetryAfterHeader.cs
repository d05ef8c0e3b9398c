using System.Globalization;

namespace Odp.Engine.Integrations.Http;

/// <summary>
/// The one reader of "wait this long before asking again" in ODP: <c>Retry-After</c> as delta-seconds or as an
/// HTTP-date; without it, <c>X-RateLimit-Reset</c> (seconds until the window resets, as Mattermost documents it; a
/// value that can only be a Unix time is read as one). Never negative; capped at <see cref="Cap"/>, so a silly value
/// cannot overflow what a caller adds it to (the caller still compares it with its own bound).
/// </summary>
public static class RetryAfterHeader
{
    /// <summary>The most any header is read as: a day, far above every backend's <c>MaxDelay</c>.</summary>
    public static readonly TimeSpan Cap = TimeSpan.FromDays(1);

    /// <summary>An <c>X-RateLimit-Reset</c> above this is a Unix time, not a number of seconds.</summary>
    private const long EpochThreshold = 1_000_000_000;

    /// <summary>The wait <paramref name="response"/> asks for, measured from <paramref name="now"/>; null when it names none.</summary>
    public static TimeSpan? Read(HttpResponseMessage response, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Headers.RetryAfter is { Delta: { } delta }) return Bounded(delta);
        if (response.Headers.RetryAfter is { Date: { } date }) return Bounded(date - now);
        if (response.Headers.TryGetValues("X-RateLimit-Reset", out var values)
            && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var reset))
        {
            return reset > EpochThreshold
                ? Bounded(DateTimeOffset.FromUnixTimeSeconds(Math.Min(reset, 253_402_300_799)) - now)
                : Bounded(TimeSpan.FromSeconds(Math.Min(reset, (long)Cap.TotalSeconds)));
        }
        return null;
    }

    private static TimeSpan Bounded(TimeSpan wait) => wait < TimeSpan.Zero ? TimeSpan.Zero : wait > Cap ? Cap : wait;
}
