namespace Odp.Bot.Cards.Templating;

internal readonly record struct Token(TokenKind Kind, string Text, int Position);
