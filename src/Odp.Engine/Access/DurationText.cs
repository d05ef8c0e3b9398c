using System.Globalization;
using System.Text.RegularExpressions;

namespace Odp.Engine.Access;

/// <summary>Durations as people type them: <c>30s</c>, <c>90m</c>, <c>12h</c>, <c>30d</c>, <c>2w</c>.</summary>
public static partial class DurationText
{
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var m = text is null ? Match.Empty : Pattern().Match(text.Trim());
        if (!m.Success || !int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n == 0)
            return false;
        duration = char.ToLowerInvariant(m.Groups[2].Value[0]) switch
        {
            's' => TimeSpan.FromSeconds(n),
            'm' => TimeSpan.FromMinutes(n),
            'h' => TimeSpan.FromHours(n),
            'd' => TimeSpan.FromDays(n),
            _ => TimeSpan.FromDays(7 * n),
        };
        return true;
    }

    public static TimeSpan Parse(string text) =>
        TryParse(text, out var d) ? d : throw new FormatException($"'{text}' is not a duration like 30d, 12h or 2w.");

    public static string Format(TimeSpan duration) => duration switch
    {
        { TotalDays: >= 1 } d when d.TotalHours % 24 == 0 => $"{d.TotalDays:0}d",
        { TotalHours: >= 1 } d when d.TotalMinutes % 60 == 0 => $"{d.TotalHours:0}h",
        { TotalMinutes: >= 1 } d when d.TotalSeconds % 60 == 0 => $"{d.TotalMinutes:0}m",
        var d => $"{d.TotalSeconds:0}s",
    };

    [GeneratedRegex(@"^([0-9]{1,4})\s*([smhdw])$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
