using System.Text.Json.Nodes;

namespace Odp.Bot.Platforms.Slack.Api;

/// <summary>A message body: the fallback/notification <see cref="Text"/> (always set) and Block Kit blocks.</summary>
public sealed record SlackMessage(string Text, JsonArray? Blocks = null);
