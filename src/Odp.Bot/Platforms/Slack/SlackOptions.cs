namespace Odp.Bot.Platforms.Slack;

/// <summary>
/// The Slack adapter. Over HTTP it is on exactly when <see cref="SigningSecret"/> and <see cref="BotToken"/> are set;
/// Socket Mode (no inbound internet needed) is on when <see cref="AppToken"/> and <see cref="BotToken"/> are set.
/// </summary>
public sealed class SlackOptions
{
    public const string Section = "Odp:Slack";

    /// <summary>Verifies that HTTP requests come from Slack (App settings → Basic Information → Signing Secret).</summary>
    public string SigningSecret { get; set; } = "";

    /// <summary>The bot token, <c>xoxb-…</c>, used for every Web API call.</summary>
    public string BotToken { get; set; } = "";

    /// <summary>An app-level token, <c>xapp-…</c> with <c>connections:write</c>; turns on Socket Mode.</summary>
    public string AppToken { get; set; } = "";

    /// <summary>The Web API base URL; a fake can stand in for tests.</summary>
    public string ApiUrl { get; set; } = "https://slack.com/api/";

    /// <summary>Each team's channel id, by directory group id, for "workspace ready" messages.</summary>
    public Dictionary<string, string> TeamChannels { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How long a Slack user's mapping to a directory user is cached. A duration like 10m.</summary>
    public string UserCacheTtl { get; set; } = "10m";

    public bool HttpEnabled => SigningSecret.Length > 0 && BotToken.Length > 0;

    public bool SocketModeEnabled => AppToken.Length > 0 && BotToken.Length > 0;

    public bool Enabled => HttpEnabled || SocketModeEnabled;
}
