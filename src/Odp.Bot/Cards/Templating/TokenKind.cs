namespace Odp.Bot.Cards.Templating;

internal enum TokenKind
{
    End,
    Identifier,
    Number,
    String,
    Operator,
}
