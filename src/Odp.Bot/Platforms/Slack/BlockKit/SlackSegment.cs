using System.Text.Json.Nodes;

namespace Odp.Bot.Platforms.Slack.BlockKit;

/// <summary>One rendered block and the button inputs it needs an input block for (actions blocks only).</summary>
internal sealed record SlackSegment(JsonObject Block, IReadOnlyList<SlackInputNeed> Inputs)
{
    public SlackSegment(JsonObject block)
        : this(block, [])
    {
    }
}

/// <summary>A button (by title) that needs the text input <see cref="Input"/>, e.g. Deny needs "reason".</summary>
internal sealed record SlackInputNeed(string Input, string ButtonTitle);
