namespace Odp.Bot.Platforms.Slack.Api;

/// <summary>
/// The Slack Web API methods the bot uses. <c>ok:false</c> answers throw <see cref="SlackApiException"/> with
/// Slack's error code. HTTP 429 waits for <c>Retry-After</c> (per method) within bounds; posts are never sent twice.
/// </summary>
public interface ISlackApi
{
    /// <summary><c>chat.postMessage</c>; returns where the message landed, for later updates.</summary>
    Task<SlackPosted> PostMessageAsync(string channel, SlackMessage message, CancellationToken cancellationToken);

    /// <summary><c>chat.update</c>: replaces the text and blocks of a message the bot posted.</summary>
    Task UpdateMessageAsync(string channel, string ts, SlackMessage message, CancellationToken cancellationToken);

    /// <summary><c>chat.postEphemeral</c>: a message only <paramref name="user"/> sees, in <paramref name="channel"/>.</summary>
    Task PostEphemeralAsync(string channel, string user, SlackMessage message, CancellationToken cancellationToken);

    /// <summary><c>conversations.open</c> with one user: the id of the bot's direct conversation with them.</summary>
    Task<string> OpenDirectMessageAsync(string userId, CancellationToken cancellationToken);

    /// <summary><c>users.info</c>.</summary>
    Task<SlackUser> GetUserAsync(string userId, CancellationToken cancellationToken);

    /// <summary><c>users.lookupByEmail</c>; null when Slack has no such user (<c>users_not_found</c>).</summary>
    Task<SlackUser?> LookupUserByEmailAsync(string email, CancellationToken cancellationToken);

    /// <summary>Posts a delayed response to a <c>response_url</c> (up to 5 times within 30 minutes).</summary>
    Task RespondAsync(Uri responseUrl, SlackResponse response, CancellationToken cancellationToken);

    /// <summary><c>apps.connections.open</c> with the app-level token: a fresh Socket Mode WebSocket URL.</summary>
    Task<Uri> OpenSocketConnectionAsync(CancellationToken cancellationToken);

    /// <summary><c>auth.test</c> with the bot token: the bot's own user id when Slack accepts the token (the readiness probe).</summary>
    Task<string> AuthTestAsync(CancellationToken cancellationToken);
}
