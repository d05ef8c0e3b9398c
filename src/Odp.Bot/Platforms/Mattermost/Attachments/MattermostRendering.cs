using System.Text.Json.Nodes;
using Odp.Bot.Platforms.Mattermost.Api;

namespace Odp.Bot.Platforms.Mattermost.Attachments;

/// <summary>
/// A card rendered for Mattermost: the Markdown <see cref="Message"/> (never empty) and the message
/// <see cref="Attachments"/> (sent as <c>props.attachments</c>); together at most 16383 chars.
/// </summary>
public sealed record MattermostRendering(string Message, JsonArray Attachments)
{
    /// <summary>A post to <paramref name="channelId"/> (attachments are copied).</summary>
    public MattermostPost ToPost(string channelId) => new(channelId, Message, (JsonArray)Attachments.DeepClone());

    /// <summary>The JSON payload <c>{"message": …, "props": {"attachments": […]}}</c> (attachments are copied).</summary>
    public JsonObject ToPayload() => new()
    {
        ["message"] = Message,
        ["props"] = new JsonObject { ["attachments"] = Attachments.DeepClone() },
    };
}
