namespace Odp.Bot.Conversation;

/// <summary>A message the bot posted, so that it can be updated in place later.</summary>
public sealed record MessageRef(ConversationRef Conversation, string MessageId);
