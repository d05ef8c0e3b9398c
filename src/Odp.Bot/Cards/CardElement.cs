namespace Odp.Bot.Cards;

/// <summary>One body element of a <see cref="Card"/>.</summary>
public abstract record CardElement;
