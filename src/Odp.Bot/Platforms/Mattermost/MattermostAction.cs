using System.Text.Json;
using Odp.Bot.Platforms.Http;

namespace Odp.Bot.Platforms.Mattermost;

/// <summary>
/// A button press as Mattermost posts it to the integration URL (<c>PostActionIntegrationRequest</c>): who, where,
/// which post, and the button's context (which the bot signed when it rendered the card).
/// </summary>
public sealed record MattermostAction(string UserId, string ChannelId, string PostId, string TeamId, JsonElement Context)
{
    /// <summary>The text the button needs but can't carry (e.g. <c>reason</c> for Deny), from its context.</summary>
    public string? Input => Context.ValueKind == JsonValueKind.Object && Context.TryGetProperty("input", out var i)
        && i.ValueKind == JsonValueKind.String && i.GetString() is { Length: > 0 } input ? input : null;

    public static MattermostAction? From(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object) return null;
        var user = PlatformJson.Text(body, "user_id");
        if (string.IsNullOrEmpty(user) || !body.TryGetProperty("context", out var context) || context.ValueKind != JsonValueKind.Object)
            return null;
        return new MattermostAction(user, PlatformJson.Text(body, "channel_id") ?? "", PlatformJson.Text(body, "post_id") ?? "", PlatformJson.Text(body, "team_id") ?? "", context.Clone());
    }
}
