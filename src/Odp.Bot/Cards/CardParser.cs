using System.Text.Json.Nodes;
using Odp.Bot.Cards.Templating;

namespace Odp.Bot.Cards;

/// <summary>
/// Turns an expanded Adaptive Card into the neutral <see cref="Card"/> model. It reads the card as the template
/// expands (<see cref="ExpandedNode"/>), so only what a card shows is evaluated and no JSON is built.
/// </summary>
internal static class CardParser
{
    private static readonly CardDivider Divider = new();

    /// <summary>A card from its expanded JSON.</summary>
    public static Card Parse(string template, JsonObject adaptiveCard)
    {
        var json = TemplateJson.From(adaptiveCard);
        return Parse(template, new ExpandedNode(json), null, json);
    }

    /// <summary>A card from a template's expansion; the card keeps <paramref name="source"/> and <paramref name="data"/>.</summary>
    public static Card Parse(string template, ExpandedNode adaptiveCard, CardTemplate? source, TemplateValue data)
    {
        if (adaptiveCard.Text("type") != "AdaptiveCard")
        {
            throw new CardTemplateException(template, null, "the root element must have \"type\": \"AdaptiveCard\"");
        }

        var body = new List<CardElement>(16);
        AddElements(adaptiveCard["body"], body);

        string? title = null;
        var titleColor = CardColor.Default;
        if (body is [CardText { Style: CardTextStyle.Heading } heading, ..])
        {
            title = heading.Text;
            titleColor = heading.Color;
            body.RemoveAt(0);
        }

        var leadingDividers = 0;
        while (leadingDividers < body.Count && body[leadingDividers] is CardDivider)
        {
            leadingDividers++;
        }

        body.RemoveRange(0, leadingDividers);
        var actions = ParseActions(adaptiveCard["actions"]);
        var fallback = adaptiveCard.Text("fallbackText") is { Length: > 0 } text ? text : Fallback(template, title, body);
        return new Card(template, title, fallback, body, actions, titleColor) { Source = source, Data = data };
    }

    private static void AddElements(ExpandedNode elements, List<CardElement> body)
    {
        foreach (var element in elements)
        {
            if (!element.IsObject)
            {
                continue;
            }

            if (element.IsTrue("separator") && body.Count > 0)
            {
                body.Add(Divider);
            }

            switch (element.Text("type"))
            {
                case "TextBlock" when element.Text("text") is { Length: > 0 } text:
                    body.Add(new CardText(text, TextStyle(element), Color(element)));
                    break;
                case "FactSet":
                    var facts = new List<CardFact>();
                    foreach (var fact in element["facts"])
                    {
                        if (fact.IsObject && fact.Text("value") is { Length: > 0 } value)
                        {
                            facts.Add(new CardFact(fact.Text("title") ?? string.Empty, value));
                        }
                    }

                    if (facts.Count > 0)
                    {
                        body.Add(new CardFacts(facts));
                    }

                    break;
                case "Container" or "Column":
                    AddElements(element["items"], body);
                    break;
                case "ColumnSet":
                    AddElements(element["columns"], body);
                    break;
                case "ActionSet":
                    var actions = ParseActions(element["actions"]);
                    if (actions.Count > 0)
                    {
                        body.Add(new CardActionSet(actions));
                    }

                    break;
            }
        }
    }

    private static List<CardAction> ParseActions(ExpandedNode actions)
    {
        var parsed = new List<CardAction>();
        foreach (var action in actions)
        {
            if (action.IsObject && ParseAction(action) is { } button)
            {
                parsed.Add(button);
            }
        }

        return parsed;
    }

    private static CardAction? ParseAction(ExpandedNode action)
    {
        var style = action.Text("style") switch
        {
            "positive" => CardActionStyle.Positive,
            "destructive" => CardActionStyle.Destructive,
            _ => CardActionStyle.Default,
        };
        switch (action.Text("type"))
        {
            case "Action.Submit" or "Action.Execute":
                var data = action["data"];
                return data.IsObject
                    ? new CardAction(Title(action), Command: data.Text("command"), Input: data.Text("input"), Style: style)
                    : new CardAction(Title(action), Style: style);
            case "Action.OpenUrl":
                return new CardAction(Title(action), Url: action.Text("url"), Style: style);
            default:
                return null;
        }
    }

    private static string Title(ExpandedNode action) => action.Text("title") ?? string.Empty;

    private static CardTextStyle TextStyle(ExpandedNode element)
    {
        if (element.Text("size") is "medium" or "large" or "extraLarge" || element.Text("weight") == "bolder")
        {
            return CardTextStyle.Heading;
        }

        return element.IsTrue("isSubtle") ? CardTextStyle.Subtle : CardTextStyle.Default;
    }

    private static CardColor Color(ExpandedNode element) => element.Text("color") switch
    {
        "good" => CardColor.Good,
        "warning" => CardColor.Warning,
        "attention" => CardColor.Attention,
        "accent" => CardColor.Accent,
        _ => CardColor.Default,
    };

    private static string Fallback(string template, string? title, List<CardElement> body)
    {
        var lines = body.OfType<CardText>().Select(t => t.Text).Prepend(title).OfType<string>().Take(3);
        var text = string.Join("\n", lines);
        return text.Length > 0 ? text : template;
    }
}
