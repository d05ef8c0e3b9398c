using System.ComponentModel.DataAnnotations;
using Odp.Engine.Settings;

namespace Odp.Bot.Platforms.Mattermost;

/// <summary>
/// The Mattermost adapter: on when <see cref="Url"/> and <see cref="BotToken"/> are set and there is a way to trust
/// slash commands (<see cref="CommandTokens"/>, or <see cref="RegisterCommand"/>).
/// </summary>
[Setting("The Mattermost adapter (`deploy/mattermost/README.md`; `/mattermost/commands`, `/mattermost/actions`): on when "
    + "`Url` and `BotToken` are set; then `PublicUrl`, `ActionSecret` and the command tokens (or `RegisterCommand` with "
    + "`Teams`) are required.")]
public sealed class MattermostOptions
{
    public const string Section = "Odp:Mattermost";

    [Setting("The Mattermost server, e.g. `https://chat.example.com`; a fake can stand in for tests.")]
    public string Url { get; set; } = "";

    [Setting("A bot account's access token, sent as `Authorization: Bearer` on every REST call.", Secret = true)]
    public string BotToken { get; set; } = "";

    [Setting("The slash command token of each team's `/odp` command (one per team), unless `RegisterCommand` is on.", Secret = true)]
    public List<string> CommandTokens { get; set; } = [];

    [Setting("Signs every button's context, so a forged or altered press is refused: a random string.", Secret = true)]
    [MinLength(16)]
    public string ActionSecret { get; set; } = "";

    [Setting("Where Mattermost reaches the bot, e.g. `https://odp.example.com`; builds the integration URLs.")]
    public string PublicUrl { get; set; } = "";

    [Setting("The channel id that hears \"workspace ready\" for a team (by directory group id).", Key = "group")]
    public Dictionary<string, string> TeamChannels { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    [Setting("Creates or updates the `/odp` command on each of `Teams` at start, and keeps its token.")]
    public bool RegisterCommand { get; set; }

    [Setting("Team ids to register the command on (with `RegisterCommand`).")]
    public List<string> Teams { get; set; } = [];

    [Setting("How long a Mattermost user's directory match is cached; lookups are bounded as for Slack (`Odp:Slack:UserCacheTtl`).")]
    [Duration]
    public string UserCacheTtl { get; set; } = "10m";

    public bool Enabled => Url.Length > 0 && BotToken.Length > 0;
}
