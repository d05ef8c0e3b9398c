namespace Odp.Bot.Platforms.Mattermost.Api;

/// <summary>
/// The Mattermost REST v4 calls the bot makes, with <c>Authorization: Bearer &lt;bot token&gt;</c>. Error answers
/// throw <see cref="MattermostApiException"/> carrying Mattermost's error <c>id</c> and <c>message</c>; 429 waits
/// within bounds; posts are never sent twice.
/// </summary>
public interface IMattermostApi
{
    /// <summary><c>GET /api/v4/users/me</c>: the bot's own user (its id is half of every direct channel).</summary>
    Task<MattermostUser> GetMeAsync(CancellationToken cancellationToken);

    /// <summary><c>GET /api/v4/users/{id}</c>.</summary>
    Task<MattermostUser> GetUserAsync(string userId, CancellationToken cancellationToken);

    /// <summary><c>GET /api/v4/users/email/{email}</c>; null when there is no such user (404).</summary>
    Task<MattermostUser?> GetUserByEmailAsync(string email, CancellationToken cancellationToken);

    /// <summary><c>POST /api/v4/channels/direct</c> with exactly the bot's and the user's ids: the direct channel's id.</summary>
    Task<string> OpenDirectChannelAsync(string botUserId, string userId, CancellationToken cancellationToken);

    /// <summary><c>POST /api/v4/posts</c>: returns the new post's id.</summary>
    Task<string> CreatePostAsync(MattermostPost post, CancellationToken cancellationToken);

    /// <summary><c>PUT /api/v4/posts/{id}/patch</c>: replaces the message and props (attachments) in place.</summary>
    Task PatchPostAsync(string postId, MattermostPost post, CancellationToken cancellationToken);

    /// <summary><c>POST /api/v4/posts/ephemeral</c>: a post only <paramref name="userId"/> sees.</summary>
    Task CreateEphemeralPostAsync(string userId, MattermostPost post, CancellationToken cancellationToken);

    /// <summary>Posts a delayed response to a slash command's <c>response_url</c> (five within 30 minutes).</summary>
    Task RespondAsync(Uri responseUrl, MattermostResponse response, CancellationToken cancellationToken);

    /// <summary><c>GET /api/v4/commands?team_id=…&amp;custom_only=true</c>.</summary>
    Task<IReadOnlyList<MattermostCommand>> ListCommandsAsync(string teamId, CancellationToken cancellationToken);

    /// <summary><c>POST /api/v4/commands</c>: creates a slash command; the answer carries its token.</summary>
    Task<MattermostCommand> CreateCommandAsync(MattermostCommand command, CancellationToken cancellationToken);

    /// <summary><c>PUT /api/v4/commands/{id}</c>.</summary>
    Task<MattermostCommand> UpdateCommandAsync(MattermostCommand command, CancellationToken cancellationToken);
}
