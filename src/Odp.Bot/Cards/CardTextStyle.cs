namespace Odp.Bot.Cards;

public enum CardTextStyle
{
    Default,
    Heading,
    Subtle,
}
