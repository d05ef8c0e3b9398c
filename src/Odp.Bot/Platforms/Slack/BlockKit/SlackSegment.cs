using Odp.Bot.Cards;

namespace Odp.Bot.Platforms.Slack.BlockKit;

/// <summary>
/// One block to write, laid out before anything is written so that <see cref="SlackBlockBudget"/> can choose what
/// fits: a header, section or context with its <see cref="Text"/>, a section of <see cref="Count"/> facts from
/// <see cref="Start"/>, a divider, or an actions block of <see cref="Count"/> buttons from <see cref="Start"/>.
/// </summary>
internal readonly record struct SlackSegment(
    SlackBlockKind Kind,
    string? Text = null,
    IReadOnlyList<CardFact>? Facts = null,
    IReadOnlyList<CardAction>? Buttons = null,
    int Start = 0,
    int Count = 0)
{
    /// <summary>The <paramref name="i"/>-th button of an actions block when it needs a text input, else null.</summary>
    public CardAction? ButtonWithInput(int i) =>
        Buttons is not null && Buttons[Start + i] is { Command: not null, Input: not null } button ? button : null;
}
