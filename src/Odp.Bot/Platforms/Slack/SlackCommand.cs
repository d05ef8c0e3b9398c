using System.Collections.Frozen;

namespace Odp.Bot.Platforms.Slack;

/// <summary>The fields of a slash command the bot uses (from the HTTP form or a Socket Mode payload).</summary>
public sealed record SlackCommand(string UserId, string ChannelId, string Command, string Text, string? ResponseUrlText)
{
    /// <summary>Where to answer later: an absolute http(s) URL, or null. Parsed only when needed (a quick answer never is).</summary>
    public Uri? ResponseUrl =>
        Uri.TryCreate(ResponseUrlText, UriKind.Absolute, out var u) && u.Scheme is "https" or "http" ? u : null;

    /// <summary>The form fields a slash command is read from (and <c>ssl_check</c>, Slack's probe).</summary>
    public static readonly FrozenSet<string> Fields = FrozenSet.Create(
        StringComparer.Ordinal, "user_id", "channel_id", "command", "text", "response_url", "ssl_check");

    public static SlackCommand? From(Func<string, string?> field)
    {
        var user = field("user_id");
        if (string.IsNullOrEmpty(user)) return null;
        var url = field("response_url");
        return new SlackCommand(
            user,
            field("channel_id") ?? "",
            field("command") ?? "/odp",
            field("text") ?? "",
            url);
    }
}
