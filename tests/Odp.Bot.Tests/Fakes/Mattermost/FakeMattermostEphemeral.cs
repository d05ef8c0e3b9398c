using System.Text.Json.Nodes;

namespace Odp.Bot.Tests.Fakes.Mattermost;

/// <summary>An ephemeral post: only <see cref="UserId"/> sees it, in <see cref="ChannelId"/>.</summary>
public sealed record FakeMattermostEphemeral(string Id, string UserId, string ChannelId, string Message, JsonObject Props)
{
    public JsonArray? Attachments => Props["attachments"] as JsonArray;
}
