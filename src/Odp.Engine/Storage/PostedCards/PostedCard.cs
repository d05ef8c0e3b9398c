namespace Odp.Engine.Storage.PostedCards;

/// <summary>Where one card about a ticket was posted: a platform's conversation and message ids (neutral: no chat types).</summary>
public sealed record PostedCard(string Platform, string Conversation, string Message);
