using System.Text.Json;
using System.Text.Json.Nodes;
using Odp.Bot.Cards;
using Odp.Bot.Conversation;
using Odp.Bot.Platforms.Slack.Api;

namespace Odp.Bot.Platforms.Slack;

/// <summary>
/// The body of an ack, serialized once as UTF-8 JSON, so a kept ack is sent as it is: as an endpoint result it writes
/// exactly those bytes with their length. The body is <c>{"response_type": …, "text": …, "blocks": […],
/// "replace_original": …}</c> (no blocks for a text), written without HTML escapes (Slack reads JSON, not HTML).
/// </summary>
public sealed class SlackAck(byte[] json) : IResult, ISizedAnswer
{
    public const string ContentType = "application/json; charset=utf-8";

    public int Bytes => json.Length;

    public static SlackAck From(SlackResponse response) => new(CardJson.Write(true, response, static (writer, r) =>
        WriteBody(writer, r.ResponseType, r.Text, r.Blocks, static (w, blocks) => blocks!.WriteTo(w), r.Blocks is not null, r.ReplaceOriginal), CardJson.ToArray));

    /// <summary>An ephemeral ack whose blocks <paramref name="writeBlocks"/> writes straight into the body.</summary>
    internal static SlackAck Ephemeral<T>(string text, T blocks, Action<Utf8JsonWriter, T> writeBlocks) =>
        new(CardJson.Write(true, (text, blocks, writeBlocks), static (writer, body) =>
            WriteBody(writer, "ephemeral", body.text, body.blocks, body.writeBlocks, true, false), CardJson.ToArray));

    /// <summary>A fresh JSON tree of the body (Socket Mode carries it inside its own ack).</summary>
    public JsonNode ToNode() => JsonNode.Parse(json)!;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = ContentType;
        response.ContentLength = json.Length;
        return response.Body.WriteAsync(json, httpContext.RequestAborted).AsTask();
    }

    private static void WriteBody<T>(
        Utf8JsonWriter writer, string responseType, string text, T blocks, Action<Utf8JsonWriter, T> writeBlocks, bool hasBlocks, bool replaceOriginal)
    {
        writer.WriteStartObject();
        writer.WriteString("response_type", responseType);
        writer.WriteString("text", text);
        if (hasBlocks)
        {
            writer.WritePropertyName("blocks");
            writeBlocks(writer, blocks);
        }

        writer.WriteBoolean("replace_original", replaceOriginal);
        writer.WriteEndObject();
    }
}
