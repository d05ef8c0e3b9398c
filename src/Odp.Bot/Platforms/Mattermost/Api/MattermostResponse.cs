using System.Text.Json.Nodes;

namespace Odp.Bot.Platforms.Mattermost.Api;

/// <summary>A slash command response (ack body or <c>response_url</c>); <see cref="ResponseType"/> is always sent.</summary>
public sealed record MattermostResponse(string Text, JsonArray? Attachments = null, string ResponseType = "ephemeral")
{
    public JsonObject ToJson()
    {
        var json = new JsonObject { ["response_type"] = ResponseType, ["text"] = Text };
        if (Attachments is not null) json["attachments"] = Attachments.DeepClone();
        return json;
    }
}
