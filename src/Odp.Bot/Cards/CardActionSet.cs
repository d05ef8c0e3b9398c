namespace Odp.Bot.Cards;

/// <summary>Buttons placed inside the body (Adaptive Cards ActionSet), e.g. a "Show" button per search hit.</summary>
public sealed record CardActionSet(IReadOnlyList<CardAction> Actions) : CardElement;
