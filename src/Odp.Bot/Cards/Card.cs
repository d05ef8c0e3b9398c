using System.Text.Json.Nodes;

namespace Odp.Bot.Cards;

/// <summary>
/// A platform-neutral card produced from an expanded Adaptive Card. <see cref="Title"/> is the card's leading
/// heading (removed from <see cref="Body"/>); <see cref="Actions"/> are the card-level buttons, inline
/// buttons live in <see cref="CardActionSet"/> body elements. <see cref="AdaptiveCard"/> is the expanded card JSON.
/// <see cref="TitleColor"/> is the heading's colour (e.g. Attention on an error card).
/// </summary>
public sealed record Card(
    string Template,
    string? Title,
    string FallbackText,
    IReadOnlyList<CardElement> Body,
    IReadOnlyList<CardAction> Actions,
    JsonObject AdaptiveCard,
    CardColor TitleColor = CardColor.Default)
{
    /// <summary>Every button on the card: inline action sets in body order, then the card-level actions.</summary>
    public IEnumerable<CardAction> AllActions() =>
        Body.OfType<CardActionSet>().SelectMany(set => set.Actions).Concat(Actions);
}
