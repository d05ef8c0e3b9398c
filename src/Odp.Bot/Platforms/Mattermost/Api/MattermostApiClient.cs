using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Odp.Bot.Platforms.Http;

namespace Odp.Bot.Platforms.Mattermost.Api;

/// <summary>
/// <see cref="IMattermostApi"/> over a typed <see cref="HttpClient"/> whose base address is
/// <c>&lt;<see cref="MattermostOptions.Url"/>&gt;/api/v4/</c>; <see cref="MattermostAuthHandler"/> adds the bot's
/// bearer token there and nowhere else (not on <c>response_url</c>s). Bodies are JSON; path segments (ids, emails)
/// are URL-encoded.
/// <para>
/// Errors: a non-2xx answer throws <see cref="MattermostApiException"/> with Mattermost's <c>id</c> and
/// <c>message</c> (<c>http_&lt;status&gt;</c> when the body is not Mattermost's error JSON). No usable answer at all
/// gives <c>ratelimited</c>, <c>timeout</c> or <c>connection_failed</c> with status 0.
/// </para>
/// <para>
/// Rate limits and transient failures go through the one resilience layer (<see cref="HttpApiSender"/> over
/// <c>BackendResilienceHandler</c>, settings under <c>Odp:Resilience:Mattermost</c>): a 429 holds that operation
/// back for <c>Retry-After</c> (or <c>X-Ratelimit-Reset</c>) seconds within those bounds; 5xx, timeouts and
/// connection errors are retried only for <see cref="MattermostOperations.IsIdempotent"/> calls, so a post, ephemeral
/// post, response or command is never created twice.
/// </para>
/// Only operation names and Mattermost's error ids are logged; never tokens, URLs or message bodies.
/// </summary>
public sealed partial class MattermostApiClient(HttpClient http, ILogger<MattermostApiClient> logger)
    : IMattermostApi
{
    /// <summary>The name of Mattermost's <see cref="HttpClient"/>.</summary>
    public const string ServiceKey = "Odp.Mattermost";

    private readonly HttpApiSender sender = new(http, MattermostOperations.IsIdempotent);

    /// <summary><c>&lt;Url&gt;/api/v4/</c>, so <c>users/me</c> resolves under it.</summary>
    public static Uri BaseAddressOf(MattermostOptions options) => new(options.Url.TrimEnd('/') + "/api/v4/", UriKind.Absolute);

    public async Task<MattermostUser> GetMeAsync(CancellationToken cancellationToken)
    {
        var answer = await CallAsync(MattermostOperations.GetMe, HttpMethod.Get, "users/me", null, cancellationToken).ConfigureAwait(false);
        return MattermostJson.User(MattermostOperations.GetMe, answer);
    }

    public async Task<MattermostUser> GetUserAsync(string userId, CancellationToken cancellationToken)
    {
        var answer = await CallAsync(MattermostOperations.GetUser, HttpMethod.Get, "users/" + Segment(userId), null, cancellationToken).ConfigureAwait(false);
        return MattermostJson.User(MattermostOperations.GetUser, answer);
    }

    public async Task<MattermostUser?> GetUserByEmailAsync(string email, CancellationToken cancellationToken)
    {
        const string operation = MattermostOperations.GetUserByEmail;
        try
        {
            var answer = await CallAsync(operation, HttpMethod.Get, "users/email/" + Segment(email), null, cancellationToken).ConfigureAwait(false);
            return MattermostJson.User(operation, answer);
        }
        catch (MattermostApiException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<string> OpenDirectChannelAsync(string botUserId, string userId, CancellationToken cancellationToken)
    {
        var body = new JsonArray(botUserId, userId);
        var answer = await CallAsync(MattermostOperations.OpenDirectChannel, HttpMethod.Post, "channels/direct", body, cancellationToken).ConfigureAwait(false);
        return MattermostJson.Id(MattermostOperations.OpenDirectChannel, answer);
    }

    public async Task<string> CreatePostAsync(MattermostPost post, CancellationToken cancellationToken)
    {
        var answer = await CallAsync(MattermostOperations.CreatePost, HttpMethod.Post, "posts", MattermostJson.Post(post), cancellationToken).ConfigureAwait(false);
        return MattermostJson.Id(MattermostOperations.CreatePost, answer);
    }

    /// <summary>Sends <c>props.attachments</c> always (empty when the post has none), so old buttons go away.</summary>
    public async Task PatchPostAsync(string postId, MattermostPost post, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["message"] = post.Message, ["props"] = MattermostJson.Props(post) };
        await CallAsync(MattermostOperations.PatchPost, HttpMethod.Put, $"posts/{Segment(postId)}/patch", body, cancellationToken).ConfigureAwait(false);
    }

    public async Task CreateEphemeralPostAsync(string userId, MattermostPost post, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["user_id"] = userId, ["post"] = MattermostJson.Post(post) };
        await CallAsync(MattermostOperations.CreateEphemeralPost, HttpMethod.Post, "posts/ephemeral", body, cancellationToken).ConfigureAwait(false);
    }

    public async Task RespondAsync(Uri responseUrl, MattermostResponse response, CancellationToken cancellationToken)
    {
        if (!responseUrl.IsAbsoluteUri) throw new ArgumentException("A response_url is absolute.", nameof(responseUrl));
        await CallAsync(MattermostOperations.Respond, HttpMethod.Post, responseUrl, response.ToJson(), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<MattermostCommand>> ListCommandsAsync(string teamId, CancellationToken cancellationToken)
    {
        var path = $"commands?team_id={Uri.EscapeDataString(teamId)}&custom_only=true";
        var answer = await CallAsync(MattermostOperations.ListCommands, HttpMethod.Get, path, null, cancellationToken).ConfigureAwait(false);
        return MattermostJson.Commands(MattermostOperations.ListCommands, answer);
    }

    public async Task<MattermostCommand> CreateCommandAsync(MattermostCommand command, CancellationToken cancellationToken)
    {
        var body = MattermostJson.Command(command with { Id = null, Token = null });
        var answer = await CallAsync(MattermostOperations.CreateCommand, HttpMethod.Post, "commands", body, cancellationToken).ConfigureAwait(false);
        return MattermostJson.Command(MattermostOperations.CreateCommand, answer);
    }

    public async Task<MattermostCommand> UpdateCommandAsync(MattermostCommand command, CancellationToken cancellationToken)
    {
        if (command.Id is not { Length: > 0 } id) throw new ArgumentException("Updating a command needs its id.", nameof(command));
        var body = MattermostJson.Command(command);
        var answer = await CallAsync(MattermostOperations.UpdateCommand, HttpMethod.Put, "commands/" + Segment(id), body, cancellationToken).ConfigureAwait(false);
        return MattermostJson.Command(MattermostOperations.UpdateCommand, answer);
    }

    private static string Segment(string value) => Uri.EscapeDataString(value);
}
