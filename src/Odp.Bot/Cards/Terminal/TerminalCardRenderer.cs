using System.Text;

namespace Odp.Bot.Cards.Terminal;

/// <summary>
/// Renders a <see cref="Card"/> as deterministic plain text (no colour codes): the title underlined with '=',
/// section headings underlined with '-', <c>**bold**</c> markers removed, facts as aligned <c>Title: value</c> lines and every button with the
/// exact command that presses it, e.g. <c>[Deny → /odp deny ODP-1 --reason "…"]</c>. Lines end with '\n'.
/// </summary>
public sealed class TerminalCardRenderer
{
    public string Render(Card card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var output = new StringBuilder();
        if (card.Title is { } title)
        {
            AppendLine(output, title);
            AppendLine(output, new string('=', Width(title)));
        }

        CardElement? previous = null;
        foreach (var element in card.Body)
        {
            if (element is CardFacts && previous is CardText { Style: not CardTextStyle.Heading })
            {
                BlankLine(output);
            }

            previous = element;
            switch (element)
            {
                case CardText { Style: CardTextStyle.Heading } heading:
                    BlankLine(output);
                    AppendLine(output, heading.Text);
                    AppendLine(output, new string('-', Width(heading.Text)));
                    break;
                case CardText text:
                    AppendLine(output, CardMarkdown.Plain(text.Text));
                    break;
                case CardFacts facts:
                    AppendFacts(output, facts.Facts);
                    break;
                case CardDivider:
                    BlankLine(output);
                    break;
                case CardActionSet set:
                    AppendActions(output, set.Actions);
                    break;
            }
        }

        if (card.Actions.Count > 0)
        {
            BlankLine(output);
            AppendActions(output, card.Actions);
        }

        return output.ToString();
    }

    /// <summary>The bracketed button text, e.g. <c>[Approve → /odp approve ODP-1]</c>.</summary>
    public static string FormatAction(CardAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var target = action.CommandLine() ?? action.Url;
        return target is null ? $"[{action.Title}]" : $"[{action.Title} → {target}]";
    }

    private static void AppendFacts(StringBuilder output, IReadOnlyList<CardFact> facts)
    {
        var width = facts.Max(f => Width(f.Title)) + 1;
        foreach (var fact in facts)
        {
            var label = (fact.Title + ":").PadRight(width + 1);
            var lines = SplitLines(fact.Value);
            AppendLine(output, label + lines[0]);
            foreach (var line in lines.Skip(1))
            {
                AppendLine(output, new string(' ', label.Length) + line);
            }
        }
    }

    private static void AppendActions(StringBuilder output, IReadOnlyList<CardAction> actions)
    {
        foreach (var action in actions)
        {
            AppendLine(output, FormatAction(action));
        }
    }

    private static void AppendLine(StringBuilder output, string text)
    {
        foreach (var line in SplitLines(text))
        {
            output.Append(line.TrimEnd()).Append('\n');
        }
    }

    private static void BlankLine(StringBuilder output)
    {
        if (output.Length > 0 && !EndsWithBlankLine(output))
        {
            output.Append('\n');
        }
    }

    private static bool EndsWithBlankLine(StringBuilder output) =>
        output.Length >= 2 && output[^1] == '\n' && output[^2] == '\n';

    private static string[] SplitLines(string text) => text.Replace("\r\n", "\n").Split('\n');

    private static int Width(string text) => SplitLines(text).Max(l => l.Length);
}
