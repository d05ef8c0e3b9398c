namespace Odp.Bot.Platforms.Slack.Api;

/// <summary>Which credential <see cref="SlackAuthHandler"/> puts on a request.</summary>
public enum SlackTokenKind
{
    /// <summary>The bot token (<c>xoxb-…</c>): every Web API method but <c>apps.connections.open</c>. The default.</summary>
    Bot,

    /// <summary>The app-level token (<c>xapp-…</c>): <c>apps.connections.open</c> only.</summary>
    App,

    /// <summary>No credential: <c>response_url</c> posts, which need none and must not see the bot token.</summary>
    None,
}
