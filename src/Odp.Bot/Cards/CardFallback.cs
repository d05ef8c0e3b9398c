namespace Odp.Bot.Cards;

/// <summary>The card's notification text: its fallback text, else its title, else its template name.</summary>
internal static class CardFallback
{
    public static string Text(Card card) =>
        !string.IsNullOrWhiteSpace(card.FallbackText) ? card.FallbackText
        : !string.IsNullOrWhiteSpace(card.Title) ? card.Title
        : card.Template;
}
