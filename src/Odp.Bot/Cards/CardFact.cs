namespace Odp.Bot.Cards;

public sealed record CardFact(string Title, string Value);
