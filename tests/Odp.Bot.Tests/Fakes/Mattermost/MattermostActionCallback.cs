using System.Text.Json.Nodes;

namespace Odp.Bot.Tests.Fakes.Mattermost;

/// <summary>
/// The JSON Mattermost POSTs to a button's <c>integration.url</c> (PostActionIntegrationRequest): who pressed,
/// where, on which post, and the button's confidential <see cref="Context"/>.
/// </summary>
public sealed record MattermostActionCallback(string UserId, string PostId, JsonObject Context)
{
    public string UserName { get; init; } = "ana";

    public string ChannelId { get; init; } = "chantown000000000000000001";

    public string TeamId { get; init; } = "teamodp0000000000000000001";

    public string TriggerId { get; init; } = "ZmFrZS10cmlnZ2VyLWlk";

    /// <summary><c>button</c> or <c>select</c>.</summary>
    public string Type { get; init; } = "button";

    public JsonObject ToJson() => new()
    {
        ["user_id"] = UserId,
        ["user_name"] = UserName,
        ["channel_id"] = ChannelId,
        ["team_id"] = TeamId,
        ["post_id"] = PostId,
        ["trigger_id"] = TriggerId,
        ["type"] = Type,
        ["context"] = Context.DeepClone(),
    };
}
