using System.Text.Json.Nodes;

namespace Odp.Bot.Tests.Fakes.Mattermost;

/// <summary>A post as it stands now: its message and props after every patch, and how many patches it took.</summary>
public sealed record FakeMattermostPost(string Id, string ChannelId, string UserId, string Message, JsonObject Props, int PatchCount = 0)
{
    /// <summary><c>props.attachments</c>, or null when there are none.</summary>
    public JsonArray? Attachments => Props["attachments"] as JsonArray;
}
