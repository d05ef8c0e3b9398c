using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Odp.Bot.Conversation;
using Odp.Bot.Platforms.Slack.Api;

namespace Odp.Bot.Platforms.Slack;

/// <summary>
/// The body of an ack, serialized once as UTF-8 JSON, so a kept ack is sent as it is: as an endpoint result it writes
/// exactly those bytes with their length.
/// </summary>
public sealed class SlackAck(byte[] json) : IResult, ISizedAnswer
{
    public const string ContentType = "application/json; charset=utf-8";

    /// <summary>Slack reads JSON, not HTML: quotes and angle brackets need no \u escapes, which keeps acks small.</summary>
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public int Bytes => json.Length;

    public static SlackAck From(SlackResponse response) => new(JsonSerializer.SerializeToUtf8Bytes(response.ToJson(), Json));

    /// <summary>A fresh JSON tree of the body (Socket Mode carries it inside its own ack).</summary>
    public JsonNode ToNode() => JsonNode.Parse(json)!;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = ContentType;
        response.ContentLength = json.Length;
        return response.Body.WriteAsync(json, httpContext.RequestAborted).AsTask();
    }
}
