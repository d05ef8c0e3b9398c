namespace Odp.Bot.Platforms.Slack.Api;

/// <summary>Where <c>chat.postMessage</c> put a message: the channel id and the message's <c>ts</c>.</summary>
public sealed record SlackPosted(string Channel, string Ts);
