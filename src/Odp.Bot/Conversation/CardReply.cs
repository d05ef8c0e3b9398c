using Odp.Bot.Cards;

namespace Odp.Bot.Conversation;

public sealed record CardReply(Card Card) : Reply;
