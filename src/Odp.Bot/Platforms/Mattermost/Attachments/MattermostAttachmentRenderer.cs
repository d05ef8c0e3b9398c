using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Odp.Bot.Cards;

namespace Odp.Bot.Platforms.Mattermost.Attachments;

/// <summary>
/// Renders a <see cref="Card"/> as a Mattermost post: a Markdown message plus message attachments with buttons
/// (deterministic for a deterministic nonce source; only System.Text.Json).
/// <list type="bullet">
/// <item>Message: <c>#### Title</c>, then the first body text when the rest of the card still fills an attachment
/// (e.g. "Ann Analyst requests read access…"; on list cards only when a heading or divider follows it, so list items
/// stay whole); the card's plain fallback when there is neither. At most 4000 chars.
/// The title is not repeated in the attachments.</item>
/// <item>Attachments: a new one starts after a divider, after buttons, and where text follows facts (Mattermost shows
/// <c>fields</c> below <c>text</c> and <c>actions</c> last). A heading that starts an attachment is its <c>title</c>;
/// other headings are <c>**bold**</c> lines. Texts keep the card's Markdown (Mattermost reads <c>**bold**</c>),
/// coloured lines get the ✅/⚠️/⛔ prefixes of <see cref="CardColorMarker"/>. Facts → <c>fields</c>
/// <c>{title, value, short}</c>, short when the value is at most 40 chars on one line. Card-level buttons go to the
/// last attachment unless it already has buttons. Every attachment has a plain <c>fallback</c>.</item>
/// <item>Colour (every attachment): the most severe colour among the title and the body texts — Attention
/// <c>#e01e5a</c> &gt; Warning <c>#ecb22e</c> &gt; Accent <c>#1d9bd1</c> &gt; Good <c>#2eb67d</c>; none → <c>#1f3a5f</c>.
/// So an approved decision is green, a denied one red, a failed provisioning red, a running one blue.</item>
/// <item>Buttons: <c>{id, type: "button", name, tooltip, style, integration: {url, context}}</c>; Positive →
/// <c>good</c>, Destructive → <c>danger</c>, else <c>default</c>; <c>id</c> = the title's letters and digits plus a
/// number, unique in the post; tooltip = the command line; context = <see cref="ActionContext"/> signed by
/// <see cref="ActionSigner"/>. URL buttons become Markdown links in the text (attachment buttons cannot open URLs).</item>
/// <item>Input: attachment buttons cannot collect text, so a button needing one (Deny needs a reason) carries
/// <c>"input": "reason"</c> in its signed context and the text says <c>_Deny needs a reason_: type `/odp deny ODP-1
/// --reason "…"`</c>. The action handler answers a press without text with an ephemeral asking for it.</item>
/// <item>Size: message + attachments JSON ≤ 16383 chars (<see cref="MattermostPostBudget"/>).</item>
/// </list>
/// </summary>
public sealed class MattermostAttachmentRenderer(ActionSigner signer, string actionUrl)
{
    /// <summary>Mattermost's post size limit (server ≥ 5.0), applied to the message plus the attachments JSON.</summary>
    public const int MaxPostChars = 16383;

    public const int MaxMessageChars = 4000;

    private readonly ActionSigner _signer = signer ?? throw new ArgumentNullException(nameof(signer));

    private readonly string _actionUrl = string.IsNullOrEmpty(actionUrl)
        ? throw new ArgumentException("The action URL must not be empty.", nameof(actionUrl))
        : actionUrl;

    public MattermostRendering Render(Card card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var fallback = CardMarkdown.Plain(CardFallback.Text(card)).Trim();
        var lead = Lead(card.Body);
        List<MattermostAttachment> attachments = lead is null ? [] : Layout(card.Body.Skip(1), card.Actions);
        if (attachments.Count == 0)
        {
            lead = null;
            attachments = Layout(card.Body, card.Actions);
        }

        var message = Message(card.Title, lead, fallback);
        var color = Color(card);
        var ids = new Dictionary<CardAction, string>(ReferenceEqualityComparer.Instance);
        var contexts = new Dictionary<CardAction, JsonObject>(ReferenceEqualityComparer.Instance);
        JsonArray Json() => new(attachments.Select((a, i) => (JsonNode)a.ToJson(
            i == 0 ? fallback : a.Title ?? CardMarkdown.Plain(a.Lines.FirstOrDefault() ?? fallback), color, b => Button(b, ids, contexts))).ToArray());

        var json = Json();
        if (message.Length + MattermostPostBudget.Chars(json) > MaxPostChars)
        {
            MattermostPostBudget.Fit(attachments, () => message.Length + MattermostPostBudget.Chars(Json()));
            json = Json();
        }

        return new MattermostRendering(message, json);
    }

    /// <summary>
    /// The first body text, when it stands alone: a list card (one with inline buttons) only gives it up when a
    /// heading or divider follows, so a list item is never split between the message and an attachment.
    /// </summary>
    private static CardText? Lead(IReadOnlyList<CardElement> body)
    {
        if (body is not [CardText { Style: not CardTextStyle.Heading } first, ..])
        {
            return null;
        }

        var list = body.OfType<CardActionSet>().Any();
        return !list || body is [_, CardText { Style: CardTextStyle.Heading } or CardDivider, ..] ? first : null;
    }

    private static string Message(string? title, CardText? lead, string fallback)
    {
        var lines = new List<string>();
        if (title is not null && CardMarkdown.Plain(title).ReplaceLineEndings(" ").Trim() is { Length: > 0 } heading)
        {
            lines.Add("#### " + CardMarkdown.Truncate(heading, MattermostAttachment.MaxTitle));
        }

        if (lead is not null)
        {
            lines.Add(Line(lead));
        }

        var message = string.Join("\n", lines);
        return CardMarkdown.Truncate(message.Trim().Length > 0 ? message : fallback, MaxMessageChars);
    }

    private static List<MattermostAttachment> Layout(IEnumerable<CardElement> body, IReadOnlyList<CardAction> cardActions)
    {
        var attachments = new List<MattermostAttachment>();
        var current = new MattermostAttachment();
        void Flush()
        {
            if (!current.IsEmpty)
            {
                attachments.Add(current);
            }

            current = new MattermostAttachment();
        }

        foreach (var element in body)
        {
            switch (element)
            {
                case CardText text:
                    if (current.Fields.Count > 0 || current.Actions.Count > 0)
                    {
                        Flush();
                    }

                    if (text.Style == CardTextStyle.Heading && current.IsEmpty)
                    {
                        current.Title = CardMarkdown.Plain(text.Text).ReplaceLineEndings(" ").Trim();
                    }
                    else
                    {
                        current.Lines.Add(Line(text));
                    }

                    break;
                case CardFacts facts:
                    current.Fields.AddRange(facts.Facts);
                    break;
                case CardDivider:
                    Flush();
                    break;
                case CardActionSet set:
                    current.Actions.AddRange(set.Actions);
                    Flush();
                    break;
            }
        }

        current.Actions.AddRange(cardActions);
        Flush();
        return attachments;
    }

    private static string Line(CardText text)
    {
        var markdown = CardMarkdown.Normalize(text.Text);
        if (text.Style == CardTextStyle.Heading)
        {
            markdown = $"**{CardMarkdown.Plain(markdown).Trim()}**";
        }

        return CardColorMarker.Prefix(text) + markdown;
    }

    private JsonObject Button(CardAction action, Dictionary<CardAction, string> ids, Dictionary<CardAction, JsonObject> contexts)
    {
        if (!ids.TryGetValue(action, out var id))
        {
            ids[action] = id = Id(action.Title, ids.Count + 1);
        }

        if (!contexts.TryGetValue(action, out var context))
        {
            contexts[action] = context = _signer.Sign(action.Command!, action.Input).ToJson();
        }

        var name = CardMarkdown.Plain(action.Title).Trim();
        return new JsonObject
        {
            ["id"] = id,
            ["type"] = "button",
            ["name"] = CardMarkdown.Truncate(name.Length > 0 ? name : "Run", MattermostAttachment.MaxButtonName),
            ["tooltip"] = CardMarkdown.Truncate(action.CommandLine()!, MattermostAttachment.MaxTitle),
            ["style"] = action.Style switch
            {
                CardActionStyle.Positive => "good",
                CardActionStyle.Destructive => "danger",
                _ => "default",
            },
            ["integration"] = new JsonObject
            {
                ["url"] = _actionUrl,
                ["context"] = context.DeepClone(),
            },
        };
    }

    /// <summary>Letters and digits only, e.g. <c>approve1</c>, <c>requestaccess4</c>; the number makes it unique.</summary>
    private static string Id(string title, int number)
    {
        var letters = new StringBuilder();
        foreach (var c in title.Where(char.IsAsciiLetterOrDigit).Take(24))
        {
            letters.Append(char.ToLowerInvariant(c));
        }

        return (letters.Length > 0 ? letters.ToString() : "action") + number.ToString(CultureInfo.InvariantCulture);
    }

    private static string Color(Card card) =>
        card.Body.OfType<CardText>().Select(t => t.Color).Append(card.TitleColor).Max(Severity) switch
        {
            3 => "#e01e5a",
            2 => "#ecb22e",
            1 => "#1d9bd1",
            0 => "#2eb67d",
            _ => "#1f3a5f",
        };

    private static int Severity(CardColor color) => color switch
    {
        CardColor.Attention => 3,
        CardColor.Warning => 2,
        CardColor.Accent => 1,
        CardColor.Good => 0,
        _ => -1,
    };
}
