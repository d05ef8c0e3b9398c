using Odp.Engine.Settings;

namespace Odp.Bot.Platforms.Slack;

/// <summary>
/// The Slack adapter. Over HTTP it is on exactly when <see cref="SigningSecret"/> and <see cref="BotToken"/> are set;
/// Socket Mode (no inbound internet needed) is on when <see cref="AppToken"/> and <see cref="BotToken"/> are set.
/// </summary>
[Setting("The Slack adapter (README, \"Slack in five steps\"): over HTTP (`/slack/commands`, `/slack/interactivity`, "
    + "`/slack/events`) exactly when `SigningSecret` and `BotToken` are set; over Socket Mode when `AppToken` and `BotToken` are.")]
public sealed class SlackOptions
{
    public const string Section = "Odp:Slack";

    [Setting("Verifies that HTTP requests come from Slack (App settings → Basic Information → Signing Secret).", Secret = true)]
    public string SigningSecret { get; set; } = "";

    [Setting("The Bot User OAuth Token, `xoxb-…`, used for every Web API call.", Secret = true)]
    public string BotToken { get; set; } = "";

    [Setting("An app-level token, `xapp-…` with `connections:write`: turns on Socket Mode (a WebSocket to Slack, no inbound "
        + "internet needed) instead of the signing secret.", Secret = true)]
    public string AppToken { get; set; } = "";

    [Setting("The Web API base URL; a fake stands in for tests.")]
    public string ApiUrl { get; set; } = "https://slack.com/api/";

    [Setting("The channel id that hears \"workspace ready\" for a team (by directory group id); invite the bot there.", Key = "group")]
    public Dictionary<string, string> TeamChannels { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    [Setting("How long a Slack user's directory match is cached. Search, show and help never look the user up; for the "
        + "other commands one `users.info` lookup may take at most 1 s (retries and rate-limit waits included), and a failed "
        + "one is remembered for 30 s, meanwhile the person hears that Slack can't be reached.")]
    [Duration]
    public string UserCacheTtl { get; set; } = "10m";

    public bool HttpEnabled => SigningSecret.Length > 0 && BotToken.Length > 0;

    public bool SocketModeEnabled => AppToken.Length > 0 && BotToken.Length > 0;

    public bool Enabled => HttpEnabled || SocketModeEnabled;
}
