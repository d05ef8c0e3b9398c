using System.Text.Json.Nodes;

namespace Odp.Bot.Platforms.Mattermost.Api;

/// <summary>
/// A post: the channel, the Markdown <see cref="Message"/>, and <see cref="Attachments"/> (Slack-style message
/// attachments, sent as <c>props.attachments</c>).
/// </summary>
public sealed record MattermostPost(string ChannelId, string Message, JsonArray? Attachments = null);
