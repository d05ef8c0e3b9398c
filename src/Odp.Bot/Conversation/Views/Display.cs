using System.Globalization;

namespace Odp.Bot.Conversation.Views;

/// <summary>How times look in cards: UTC, to the minute.</summary>
public static class Display
{
    public static string Time(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string? Time(DateTimeOffset? at) => at is { } t ? Time(t) : null;
}
