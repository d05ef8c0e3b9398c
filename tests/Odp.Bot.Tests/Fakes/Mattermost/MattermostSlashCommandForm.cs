namespace Odp.Bot.Tests.Fakes.Mattermost;

/// <summary>
/// The form Mattermost POSTs to a slash command's Request URL, with its fields in the server's order (token,
/// team_id, team_domain, channel_id, channel_name, user_id, user_name, command, text, trigger_id, response_url).
/// </summary>
public sealed record MattermostSlashCommandForm(string Token, string Text, Uri ResponseUrl)
{
    public string TeamId { get; init; } = "teamodp0000000000000000001";

    public string TeamDomain { get; init; } = "data-team";

    public string ChannelId { get; init; } = "chantown000000000000000001";

    public string ChannelName { get; init; } = "town-square";

    public string UserId { get; init; } = "useranalyst000000000000001";

    public string UserName { get; init; } = "ana";

    /// <summary><c>"/" + trigger</c>.</summary>
    public string Command { get; init; } = "/odp";

    public string TriggerId { get; init; } = "ZmFrZS10cmlnZ2VyLWlk";

    public IReadOnlyList<KeyValuePair<string, string>> Fields() =>
    [
        new("token", Token),
        new("team_id", TeamId),
        new("team_domain", TeamDomain),
        new("channel_id", ChannelId),
        new("channel_name", ChannelName),
        new("user_id", UserId),
        new("user_name", UserName),
        new("command", Command),
        new("text", Text),
        new("trigger_id", TriggerId),
        new("response_url", ResponseUrl.AbsoluteUri),
    ];
}
