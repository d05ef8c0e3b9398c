using System.Text.Json;
using Odp.Bot.Cards;

namespace Odp.Bot.Platforms.Slack.BlockKit;

/// <summary>
/// Renders a <see cref="Card"/> as a Slack Block Kit message (deterministic; only System.Text.Json).
/// <list type="bullet">
/// <item>Title → <c>header</c> (plain_text, ≤150 chars). Heading texts → a <c>section</c> in bold <c>*…*</c>.
/// Consecutive plain texts share one mrkdwn <c>section</c>, consecutive subtle texts one <c>context</c> block
/// (one line each). Card <c>**bold**</c> becomes <c>*bold*</c>; <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> are escaped.
/// Colours: the ✅/⚠️/⛔ line prefixes of <see cref="CardColorMarker"/>.</item>
/// <item>Facts → <c>section</c> <c>fields</c> <c>*Title*\nvalue</c>, 10 per section. Divider → <c>divider</c>.</item>
/// <item>Buttons (inline sets in place, card-level actions last) → <c>actions</c> blocks of ≤25 buttons; Positive is
/// <c>primary</c>, Destructive <c>danger</c>.</item>
/// <item>Every text is cut to its Slack limit with "…"; at most 50 blocks (see <see cref="SlackBlockBudget"/>:
/// "…and N more not shown", card-level actions kept last).</item>
/// </list>
/// <para><b>Interaction contract</b> (for the block_actions handler):</para>
/// <list type="bullet">
/// <item>Submit button: <c>value</c> = the exact card command (e.g. <c>/odp deny ODP-1</c>; over 2000 chars throws);
/// <c>action_id</c> = <c>odp:run:&lt;h&gt;</c> or, when the button needs an input, <c>odp:run:&lt;h&gt;:&lt;input&gt;</c>,
/// where &lt;h&gt; = first 12 hex digits of SHA-256(command), with <c>~2</c>, <c>~3</c>… appended to &lt;h&gt; for
/// repeats within one block.</item>
/// <item>Input: a message holds one <c>input</c> block per input name, before the first actions block that needs it:
/// <c>block_id</c> = <c>odp-input-&lt;input&gt;</c>, a <c>plain_text_input</c> with <c>action_id</c> = <c>&lt;input&gt;</c>,
/// optional, <c>dispatch_action</c> false, label e.g. "Reason (needed to deny)". On a press of an
/// <c>odp:run:…:&lt;input&gt;</c> button the typed text is in
/// <c>state.values["odp-input-&lt;input&gt;"]["&lt;input&gt;"].value</c>; the handler runs
/// <c>value + " --&lt;input&gt; \"text\""</c> and asks for the text when it is empty.</item>
/// <item>URL button: <c>url</c> (over 3000 chars throws) and <c>action_id</c> = <c>odp:url:&lt;h&gt;</c> (hash of the URL);
/// Slack still sends block_actions for it, to acknowledge and ignore.</item>
/// </list>
/// </summary>
public sealed class SlackBlockKitRenderer
{
    /// <summary>The <c>action_id</c> prefix of submit buttons (<c>odp:run:</c>).</summary>
    public const string RunActionPrefix = SlackButtons.RunPrefix;

    /// <summary>The <c>action_id</c> prefix of URL buttons (<c>odp:url:</c>).</summary>
    public const string UrlActionPrefix = SlackButtons.UrlPrefix;

    /// <summary>The <c>block_id</c> of the input block for <paramref name="input"/>, e.g. <c>odp-input-reason</c>.</summary>
    public static string InputBlockId(string input) => SlackBlocks.InputBlockId(input);

    /// <summary>The card as a Slack message: its notification text and its blocks (written once, as UTF-8 JSON).</summary>
    public SlackRendering Render(Card card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new SlackRendering(Text(card), CardJson.Write(true, (card, renderer: this), static (writer, c) => c.renderer.WriteBlocks(writer, c.card), CardJson.ToArray));
    }

    /// <summary>The fallback/notification text of the card (at most 4000 chars).</summary>
    public string Text(Card card) =>
        CardMarkdown.Truncate(SlackMrkdwn.FromCard(CardFallback.Text(card)), SlackBlocks.MaxFallbackText);

    /// <summary>Writes the card's blocks as one JSON array.</summary>
    public void WriteBlocks(Utf8JsonWriter writer, Card card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var body = new List<SlackSegment>(card.Body.Count + 1);
        if (card.Title is { } title && CardMarkdown.Plain(title).Trim() is { Length: > 0 } header)
        {
            body.Add(new SlackSegment(SlackBlockKind.Header, header));
        }

        var lines = new TextRun(body);
        foreach (var element in card.Body)
        {
            if (element is CardText { Style: not CardTextStyle.Heading } text)
            {
                lines.Add(text.Style, Line(text));
                continue;
            }

            lines.Flush();
            switch (element)
            {
                case CardText heading:
                    body.Add(new SlackSegment(SlackBlockKind.Section, CardColorMarker.Prefix(heading) + SlackMrkdwn.Heading(heading.Text)));
                    break;
                case CardFacts facts:
                    for (var start = 0; start < facts.Facts.Count; start += SlackBlocks.MaxFields)
                    {
                        body.Add(new SlackSegment(SlackBlockKind.Fields, Facts: facts.Facts, Start: start,
                            Count: Math.Min(SlackBlocks.MaxFields, facts.Facts.Count - start)));
                    }

                    break;
                case CardDivider:
                    body.Add(new SlackSegment(SlackBlockKind.Divider));
                    break;
                case CardActionSet set:
                    SlackButtons.AddActionsBlocks(set.Actions, body);
                    break;
            }
        }

        lines.Flush();
        var tail = new List<SlackSegment>();
        SlackButtons.AddActionsBlocks(card.Actions, tail);
        SlackBlockBudget.Write(writer, body, tail);
    }

    private static string Line(CardText text) => CardColorMarker.Prefix(text) + SlackMrkdwn.FromCard(text.Text);

    /// <summary>Collects consecutive lines of one style into one section (plain) or context (subtle) block.</summary>
    private sealed class TextRun(List<SlackSegment> body)
    {
        private readonly List<string> _lines = [];
        private CardTextStyle _style;
        private int _length;

        public void Add(CardTextStyle style, string line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                return;
            }

            if (_lines.Count > 0 && (style != _style || _length + line.Length > SlackBlocks.MaxSectionText))
            {
                Flush();
            }

            _style = style;
            _lines.Add(line);
            _length += line.Length + 1;
        }

        public void Flush()
        {
            if (_lines.Count == 0)
            {
                return;
            }

            var text = string.Join("\n", _lines);
            body.Add(new SlackSegment(_style == CardTextStyle.Subtle ? SlackBlockKind.Context : SlackBlockKind.Section, text));
            _lines.Clear();
            _length = 0;
        }
    }
}
