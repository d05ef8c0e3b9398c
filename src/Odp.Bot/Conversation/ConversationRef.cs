namespace Odp.Bot.Conversation;

/// <summary>Where a message lives on a platform: a direct conversation with one user, or a team's channel.</summary>
public sealed record ConversationRef(string Platform, string Id);
