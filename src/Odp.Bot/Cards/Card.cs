using System.Text.Json.Nodes;
using Odp.Bot.Cards.Templating;

namespace Odp.Bot.Cards;

/// <summary>
/// A platform-neutral card produced from an expanded Adaptive Card. <see cref="Title"/> is the card's leading
/// heading (removed from <see cref="Body"/>); <see cref="Actions"/> are the card-level buttons, inline
/// buttons live in <see cref="CardActionSet"/> body elements. <see cref="ToAdaptiveCard"/> gives the expanded card JSON.
/// <see cref="TitleColor"/> is the heading's colour (e.g. Attention on an error card).
/// </summary>
public sealed record Card(
    string Template,
    string? Title,
    string FallbackText,
    IReadOnlyList<CardElement> Body,
    IReadOnlyList<CardAction> Actions,
    CardColor TitleColor = CardColor.Default)
{
    /// <summary>The template the card was expanded from (null when it was parsed from expanded JSON).</summary>
    internal CardTemplate? Source { get; init; }

    /// <summary>The template's data, or the expanded JSON when there is no <see cref="Source"/>.</summary>
    internal TemplateValue Data { get; init; }

    /// <summary>The expanded Adaptive Card as JSON, expanded again for each call (nothing on the way to a chat needs it).</summary>
    public JsonObject ToAdaptiveCard() =>
        (JsonObject)(Source is { } template ? template.Expand(Data) : TemplateJson.ToNode(Data)!);

    /// <summary>Every button on the card: inline action sets in body order, then the card-level actions.</summary>
    public IEnumerable<CardAction> AllActions() =>
        Body.OfType<CardActionSet>().SelectMany(set => set.Actions).Concat(Actions);
}
