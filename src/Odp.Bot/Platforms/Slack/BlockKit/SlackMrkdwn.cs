using System.Text.RegularExpressions;
using Odp.Bot.Cards;

namespace Odp.Bot.Platforms.Slack.BlockKit;

/// <summary>
/// Text conversions for Slack: card markdown (<c>**bold**</c>) to Slack mrkdwn (<c>*bold*</c>) with
/// <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> escaped as Slack requires. Plain text and truncation are the
/// platform-neutral <see cref="CardMarkdown"/>.
/// </summary>
internal static partial class SlackMrkdwn
{
    /// <summary>Escapes the three characters Slack reserves in mrkdwn and message text.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>Card markdown to escaped Slack mrkdwn: <c>**x**</c> becomes <c>*x*</c>.</summary>
    public static string FromCard(string text) => Bold().Replace(Escape(CardMarkdown.Normalize(text)), "*$1*");

    /// <summary>Text for a bold heading line: <c>*Heading*</c> (inner bold markers removed).</summary>
    public static string Heading(string text) => $"*{Escape(CardMarkdown.Plain(text).Trim())}*";

    [GeneratedRegex(@"\*\*(\S(?:[^*\n]*?\S)?)\*\*")]
    private static partial Regex Bold();
}
