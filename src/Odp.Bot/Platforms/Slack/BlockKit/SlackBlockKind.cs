namespace Odp.Bot.Platforms.Slack.BlockKit;

/// <summary>The kinds of block a card becomes (see <see cref="SlackSegment"/>).</summary>
internal enum SlackBlockKind
{
    Header,
    Section,
    Context,
    Fields,
    Divider,
    Actions,
}
