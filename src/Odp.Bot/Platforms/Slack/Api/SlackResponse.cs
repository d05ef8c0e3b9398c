using System.Text.Json.Nodes;

namespace Odp.Bot.Platforms.Slack.Api;

/// <summary>
/// A message for a slash command's ack body or its <c>response_url</c>. <see cref="ResponseType"/> is always sent
/// (<c>ephemeral</c> or <c>in_channel</c>); <see cref="ReplaceOriginal"/> updates the message a button was on.
/// </summary>
public sealed record SlackResponse(string Text, JsonArray? Blocks = null, string ResponseType = "ephemeral", bool ReplaceOriginal = false)
{
    public JsonObject ToJson()
    {
        var json = new JsonObject { ["response_type"] = ResponseType, ["text"] = Text };
        if (Blocks is not null) json["blocks"] = Blocks.DeepClone();
        json["replace_original"] = ReplaceOriginal;
        return json;
    }
}
