using System.Text.Json;
using System.Text.Json.Nodes;
using Odp.Bot.Platforms.Slack.Api;

namespace Odp.Bot.Platforms.Slack;

/// <summary>The body of an ack, serialized once as UTF-8 JSON, so a kept ack is sent as it is.</summary>
public sealed class SlackAck(byte[] json)
{
    public const string ContentType = "application/json; charset=utf-8";

    public ReadOnlyMemory<byte> Json => json;

    public static SlackAck From(SlackResponse response) => new(JsonSerializer.SerializeToUtf8Bytes(response.ToJson()));

    /// <summary>A fresh JSON tree of the body (Socket Mode carries it inside its own ack).</summary>
    public JsonNode ToNode() => JsonNode.Parse(json)!;
}
