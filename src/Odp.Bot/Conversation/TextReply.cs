namespace Odp.Bot.Conversation;

public sealed record TextReply(string Text) : Reply;
