namespace Odp.Bot.Conversation.Views;

public sealed record EventView(string At, string By, string? From, string To, string? Note);
