namespace Odp.Bot.Cards;

/// <summary>A visual break between sections (a Container or Column with <c>"separator": true</c>).</summary>
public sealed record CardDivider : CardElement;
