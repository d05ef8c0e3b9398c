using System.Text.Json;
using System.Text.Json.Nodes;
using Odp.Bot.Cards.Templating;

namespace Odp.Bot.Cards;

/// <summary>Turns an expanded Adaptive Card into the neutral <see cref="Card"/> model.</summary>
internal static class CardParser
{
    public static Card Parse(string template, JsonObject adaptiveCard)
    {
        if (Str(adaptiveCard, "type") != "AdaptiveCard")
        {
            throw new CardTemplateException(template, null, "the root element must have \"type\": \"AdaptiveCard\"");
        }

        var body = new List<CardElement>();
        AddElements(adaptiveCard["body"] as JsonArray, body);

        string? title = null;
        var titleColor = CardColor.Default;
        if (body is [CardText { Style: CardTextStyle.Heading } heading, ..])
        {
            title = heading.Text;
            titleColor = heading.Color;
            body.RemoveAt(0);
        }

        while (body is [CardDivider, ..])
        {
            body.RemoveAt(0);
        }

        var actions = ParseActions(adaptiveCard["actions"] as JsonArray);
        var fallback = Str(adaptiveCard, "fallbackText") is { Length: > 0 } text ? text : Fallback(template, title, body);
        return new Card(template, title, fallback, body, actions, adaptiveCard, titleColor);
    }

    private static void AddElements(JsonArray? elements, List<CardElement> body)
    {
        foreach (var element in (elements ?? []).OfType<JsonObject>())
        {
            if (element["separator"] is JsonValue sep && sep.GetValueKind() == JsonValueKind.True && body.Count > 0)
            {
                body.Add(new CardDivider());
            }

            switch (Str(element, "type"))
            {
                case "TextBlock" when Str(element, "text") is { Length: > 0 } text:
                    body.Add(new CardText(text, TextStyle(element), Color(element)));
                    break;
                case "FactSet":
                    var facts = (element["facts"] as JsonArray ?? [])
                        .OfType<JsonObject>()
                        .Where(f => Str(f, "value") is { Length: > 0 })
                        .Select(f => new CardFact(Str(f, "title") ?? string.Empty, Str(f, "value")!))
                        .ToList();
                    if (facts.Count > 0)
                    {
                        body.Add(new CardFacts(facts));
                    }

                    break;
                case "Container" or "Column":
                    AddElements(element["items"] as JsonArray, body);
                    break;
                case "ColumnSet":
                    AddElements(element["columns"] as JsonArray, body);
                    break;
                case "ActionSet":
                    var actions = ParseActions(element["actions"] as JsonArray);
                    if (actions.Count > 0)
                    {
                        body.Add(new CardActionSet(actions));
                    }

                    break;
            }
        }
    }

    private static List<CardAction> ParseActions(JsonArray? actions) =>
        (actions ?? []).OfType<JsonObject>().Select(ParseAction).OfType<CardAction>().ToList();

    private static CardAction? ParseAction(JsonObject action)
    {
        var title = Str(action, "title") ?? string.Empty;
        var style = Str(action, "style") switch
        {
            "positive" => CardActionStyle.Positive,
            "destructive" => CardActionStyle.Destructive,
            _ => CardActionStyle.Default,
        };
        return Str(action, "type") switch
        {
            "Action.Submit" or "Action.Execute" => new CardAction(
                title,
                Command: action["data"] is JsonObject data ? Str(data, "command") : null,
                Input: action["data"] is JsonObject d ? Str(d, "input") : null,
                Style: style),
            "Action.OpenUrl" => new CardAction(title, Url: Str(action, "url"), Style: style),
            _ => null,
        };
    }

    private static CardTextStyle TextStyle(JsonObject element)
    {
        if (Str(element, "size") is "medium" or "large" or "extraLarge" || Str(element, "weight") == "bolder")
        {
            return CardTextStyle.Heading;
        }

        return element["isSubtle"] is JsonValue v && v.GetValueKind() == JsonValueKind.True
            ? CardTextStyle.Subtle
            : CardTextStyle.Default;
    }

    private static CardColor Color(JsonObject element) => Str(element, "color") switch
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

    private static string? Str(JsonObject obj, string name) =>
        obj[name] is JsonValue value && value.GetValueKind() != JsonValueKind.Null ? JsonValues.ToText(value) : null;
}
