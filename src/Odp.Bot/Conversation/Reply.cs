namespace Odp.Bot.Conversation;

/// <summary>What the bot says: text, or a card. A platform renders it its own way.</summary>
public abstract record Reply;
