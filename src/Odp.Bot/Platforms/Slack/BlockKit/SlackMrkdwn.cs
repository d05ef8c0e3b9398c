using System.Buffers;
using System.Text.RegularExpressions;
using Odp.Bot.Cards;

namespace Odp.Bot.Platforms.Slack.BlockKit;

/// <summary>
/// Text conversions for Slack: card markdown (<c>**bold**</c>) to Slack mrkdwn (<c>*bold*</c>) with
/// <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> escaped as Slack requires. Plain text and truncation are the
/// platform-neutral <see cref="CardMarkdown"/>. Text that needs no change is returned as it is.
/// </summary>
internal static partial class SlackMrkdwn
{
    private static readonly SearchValues<char> Reserved = SearchValues.Create("&<>");
    private static readonly SearchValues<char> Changing = SearchValues.Create("&<>*\r");

    /// <summary>Escapes the three characters Slack reserves in mrkdwn and message text.</summary>
    public static string Escape(string text)
    {
        var first = text.AsSpan().IndexOfAny(Reserved);
        if (first < 0)
        {
            return text;
        }

        var extra = 0;
        foreach (var c in text.AsSpan(first))
        {
            extra += c switch { '&' => 4, '<' or '>' => 3, _ => 0 };
        }

        return string.Create(text.Length + extra, (text, first), static (escaped, state) =>
        {
            var (text, first) = state;
            text.AsSpan(0, first).CopyTo(escaped);
            var at = first;
            foreach (var c in text.AsSpan(first))
            {
                var entity = c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", _ => null };
                if (entity is null)
                {
                    escaped[at++] = c;
                }
                else
                {
                    entity.CopyTo(escaped[at..]);
                    at += entity.Length;
                }
            }
        });
    }

    /// <summary>Card markdown to escaped Slack mrkdwn: <c>**x**</c> becomes <c>*x*</c>.</summary>
    public static string FromCard(string text)
    {
        if (text.AsSpan().IndexOfAny(Changing) < 0)
        {
            return text;
        }

        var escaped = Escape(CardMarkdown.Normalize(text));
        return escaped.Contains("**", StringComparison.Ordinal) ? Bold().Replace(escaped, "*$1*") : escaped;
    }

    /// <summary>Text for a bold heading line: <c>*Heading*</c> (inner bold markers removed).</summary>
    public static string Heading(string text) => $"*{Escape(CardMarkdown.Plain(text).Trim())}*";

    [GeneratedRegex(@"\*\*(\S(?:[^*\n]*?\S)?)\*\*")]
    private static partial Regex Bold();
}
