namespace Odp.Bot.Platforms.Mattermost.Api;

/// <summary>
/// The names of the REST calls the bot makes: the key each is rate-limited, logged and reported under
/// (<see cref="MattermostApiException.Operation"/>), and which of them may be sent twice.
/// </summary>
public static class MattermostOperations
{
    public const string GetMe = "users.me";
    public const string GetUser = "users.get";
    public const string GetUserByEmail = "users.email";
    public const string OpenDirectChannel = "channels.direct";
    public const string CreatePost = "posts.create";
    public const string PatchPost = "posts.patch";
    public const string CreateEphemeralPost = "posts.ephemeral";
    public const string ListCommands = "commands.list";
    public const string CreateCommand = "commands.create";
    public const string UpdateCommand = "commands.update";

    /// <summary>Not a REST call: a slash command's <c>response_url</c> (<c>/hooks/commands/…</c>).</summary>
    public const string Respond = "response_url";

    /// <summary>
    /// Calls whose repeat does no harm, so a 5xx, timeout or lost connection may be retried: reads, opening a direct
    /// channel (the same channel again), patching or updating to the same content. Creating a post, an ephemeral post,
    /// a <c>response_url</c> post or a command is not: a lost answer may still have created it.
    /// </summary>
    public static bool IsIdempotent(string operation) =>
        operation is GetMe or GetUser or GetUserByEmail or OpenDirectChannel or PatchPost or ListCommands or UpdateCommand;
}
