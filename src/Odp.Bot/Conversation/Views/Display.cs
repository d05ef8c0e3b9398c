using System.Globalization;

namespace Odp.Bot.Conversation.Views;

/// <summary>How times look in cards: UTC, to the minute; durations as short as they can be read.</summary>
public static class Display
{
    public static string Time(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string? Time(DateTimeOffset? at) => at is { } t ? Time(t) : null;

    /// <summary>How long something took: <c>0.4s</c>, <c>42s</c>, <c>2m 05s</c>, <c>1h 03m</c> (never negative).</summary>
    public static string Duration(TimeSpan duration)
    {
        var d = duration < TimeSpan.Zero ? TimeSpan.Zero : duration;
        var i = CultureInfo.InvariantCulture;
        return d switch
        {
            { TotalSeconds: < 10 } => d.TotalSeconds.ToString("0.0", i) + "s",
            { TotalMinutes: < 1 } => ((int)d.TotalSeconds).ToString(i) + "s",
            { TotalHours: < 1 } => string.Create(i, $"{(int)d.TotalMinutes}m {d.Seconds:00}s"),
            _ => string.Create(i, $"{(int)d.TotalHours}h {d.Minutes:00}m"),
        };
    }
}
