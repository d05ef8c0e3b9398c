using System.Text.Json.Nodes;
using Odp.Bot.Platforms.Slack.Api;

namespace Odp.Bot.Platforms.Slack.BlockKit;

/// <summary>
/// A card rendered for Slack: the fallback/notification <see cref="Text"/> (always set, at most 4000 chars) and
/// the Block Kit <see cref="Blocks"/> (at most 50).
/// </summary>
public sealed record SlackRendering(string Text, JsonArray Blocks)
{
    /// <summary>The message body for <c>chat.postMessage</c> / <c>chat.update</c> (blocks are copied).</summary>
    public SlackMessage ToMessage() => new(Text, (JsonArray)Blocks.DeepClone());

    /// <summary>The JSON payload <c>{"text": …, "blocks": […]}</c> (blocks are copied).</summary>
    public JsonObject ToPayload() => new()
    {
        ["text"] = Text,
        ["blocks"] = Blocks.DeepClone(),
    };
}
