namespace Odp.Bot.Platforms.Mattermost;

/// <summary>
/// The Mattermost adapter: on when <see cref="Url"/> and <see cref="BotToken"/> are set and there is a way to trust
/// slash commands (<see cref="CommandTokens"/>, or <see cref="RegisterCommand"/>).
/// </summary>
public sealed class MattermostOptions
{
    public const string Section = "Odp:Mattermost";

    /// <summary>The Mattermost server, e.g. <c>https://chat.example.com</c>; a fake can stand in for tests.</summary>
    public string Url { get; set; } = "";

    /// <summary>A bot account's access token, sent as <c>Authorization: Bearer</c> on every REST call.</summary>
    public string BotToken { get; set; } = "";

    /// <summary>The slash command token of each team's <c>/odp</c> command (one per team).</summary>
    public List<string> CommandTokens { get; set; } = [];

    /// <summary>The key that signs every button's context, so a forged or altered press is refused.</summary>
    public string ActionSecret { get; set; } = "";

    /// <summary>Where Mattermost reaches the bot, e.g. <c>https://odp.example.com</c>; builds the integration URLs.</summary>
    public string PublicUrl { get; set; } = "";

    /// <summary>Each team's channel id, by directory group id, for "workspace ready" messages.</summary>
    public Dictionary<string, string> TeamChannels { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Create or update the <c>/odp</c> command on each of <see cref="Teams"/> at start, and keep its token.</summary>
    public bool RegisterCommand { get; set; }

    /// <summary>Team ids to register the command on (with <see cref="RegisterCommand"/>).</summary>
    public List<string> Teams { get; set; } = [];

    /// <summary>How long a Mattermost user's directory match is cached. A duration like 10m.</summary>
    public string UserCacheTtl { get; set; } = "10m";

    public bool Enabled => Url.Length > 0 && BotToken.Length > 0;
}
