namespace Odp.Bot.Cards;

public enum CardActionStyle
{
    Default,
    Positive,
    Destructive,
}
