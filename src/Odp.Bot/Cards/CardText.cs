namespace Odp.Bot.Cards;

/// <summary>A paragraph of text (Adaptive Cards TextBlock; may contain the Adaptive Cards markdown subset).</summary>
public sealed record CardText(string Text, CardTextStyle Style = CardTextStyle.Default, CardColor Color = CardColor.Default) : CardElement;
