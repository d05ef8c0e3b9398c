namespace Odp.Bot.Platforms.Slack.Api;

/// <summary>The Slack Web API method names the bot calls, and which of them may be sent twice.</summary>
public static class SlackMethods
{
    public const string PostMessage = "chat.postMessage";
    public const string Update = "chat.update";
    public const string PostEphemeral = "chat.postEphemeral";
    public const string ConversationsOpen = "conversations.open";
    public const string UsersInfo = "users.info";
    public const string UsersLookupByEmail = "users.lookupByEmail";
    public const string ConnectionsOpen = "apps.connections.open";
    public const string AuthTest = "auth.test";

    /// <summary>Not a Web API method: the name posts to a <c>response_url</c> are logged and rate-limited under.</summary>
    public const string ResponseUrl = "response_url";

    /// <summary>
    /// Methods whose repeat does no harm, so a 5xx, timeout or lost connection may be retried: reads, opening a DM
    /// (returns the same channel), replacing a message with the same content, asking for a fresh socket URL.
    /// Posting (a message, an ephemeral, a response_url) is not: a lost answer may still have posted.
    /// </summary>
    public static bool IsIdempotent(string method) => method is UsersInfo or UsersLookupByEmail or ConversationsOpen or Update or ConnectionsOpen;
}
