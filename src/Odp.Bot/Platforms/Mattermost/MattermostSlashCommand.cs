namespace Odp.Bot.Platforms.Mattermost;

/// <summary>The fields of a Mattermost slash command request the bot uses.</summary>
public sealed record MattermostSlashCommand(string UserId, string ChannelId, string TeamId, string Text, Uri? ResponseUrl)
{
    public static MattermostSlashCommand? From(Func<string, string?> field)
    {
        var user = field("user_id");
        if (string.IsNullOrEmpty(user)) return null;
        var url = field("response_url");
        return new MattermostSlashCommand(
            user,
            field("channel_id") ?? "",
            field("team_id") ?? "",
            field("text") ?? "",
            Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "https" or "http" ? u : null);
    }
}
