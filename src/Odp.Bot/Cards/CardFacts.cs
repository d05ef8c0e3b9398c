namespace Odp.Bot.Cards;

/// <summary>A list of title/value pairs (Adaptive Cards FactSet).</summary>
public sealed record CardFacts(IReadOnlyList<CardFact> Facts) : CardElement;
