using System.Text.Json.Nodes;
using Odp.Bot.Platforms.Slack.Api;

namespace Odp.Bot.Platforms.Slack.BlockKit;

/// <summary>
/// A card rendered for Slack: the fallback/notification <see cref="Text"/> (always set, at most 4000 chars) and
/// the Block Kit blocks (at most 50), written once as UTF-8 JSON (<see cref="BlocksJson"/>).
/// </summary>
public sealed class SlackRendering(string text, byte[] blocksJson)
{
    public string Text { get; } = text;

    /// <summary>The blocks as a UTF-8 JSON array, as an ack sends them.</summary>
    public ReadOnlyMemory<byte> BlocksJson { get; } = blocksJson;

    /// <summary>A fresh JSON tree of the blocks (each call parses them again).</summary>
    public JsonArray Blocks => JsonNode.Parse(BlocksJson.Span)!.AsArray();

    /// <summary>The message body for <c>chat.postMessage</c> / <c>chat.update</c>.</summary>
    public SlackMessage ToMessage() => new(Text, Blocks);

    /// <summary>The JSON payload <c>{"text": …, "blocks": […]}</c>.</summary>
    public JsonObject ToPayload() => new()
    {
        ["text"] = Text,
        ["blocks"] = Blocks,
    };
}
