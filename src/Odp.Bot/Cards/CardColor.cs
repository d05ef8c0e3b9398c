namespace Odp.Bot.Cards;

public enum CardColor
{
    Default,
    Good,
    Warning,
    Attention,
    Accent,
}
