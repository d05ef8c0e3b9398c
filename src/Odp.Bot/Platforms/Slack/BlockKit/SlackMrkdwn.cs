using System.Text;
using System.Text.RegularExpressions;

namespace Odp.Bot.Platforms.Slack.BlockKit;

/// <summary>
/// Text conversions for Slack: card markdown (<c>**bold**</c>) to Slack mrkdwn (<c>*bold*</c>) with
/// <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> escaped as Slack requires, plain text without bold markers, and
/// truncation with "…" that never splits an escape entity or a surrogate pair.
/// </summary>
internal static partial class SlackMrkdwn
{
    public const string Ellipsis = "…";

    /// <summary>Escapes the three characters Slack reserves in mrkdwn and message text.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>Card markdown to escaped Slack mrkdwn: <c>**x**</c> becomes <c>*x*</c>.</summary>
    public static string FromCard(string text) => Bold().Replace(Escape(Normalize(text)), "*$1*");

    /// <summary>Plain text for <c>plain_text</c> objects (no markup there, so no escaping): bold markers removed.</summary>
    public static string Plain(string text) => Normalize(text).Replace("**", string.Empty, StringComparison.Ordinal);

    /// <summary>Text for a bold heading line: <c>*Heading*</c> (inner bold markers removed).</summary>
    public static string Heading(string text) => $"*{Escape(Plain(text).Trim())}*";

    /// <summary>
    /// Cuts <paramref name="text"/> to at most <paramref name="max"/> chars (UTF-16 code units, which never
    /// undercounts Slack's limit), ending with "…" when cut.
    /// </summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - Ellipsis.Length;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        var amp = text.LastIndexOf('&', Math.Max(cut - 1, 0));
        if (amp >= 0 && text.IndexOf(';', amp) is var semi && semi >= cut && semi - amp <= 5)
        {
            cut = amp;
        }

        return new StringBuilder(text, 0, Math.Max(cut, 0), max).Append(Ellipsis).ToString();
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    [GeneratedRegex(@"\*\*(\S(?:[^*\n]*?\S)?)\*\*")]
    private static partial Regex Bold();
}
