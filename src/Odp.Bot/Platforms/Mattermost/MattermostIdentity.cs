using Microsoft.Extensions.Options;
using Odp.Bot.Conversation.Identity;
using Odp.Bot.Platforms.Mattermost.Api;
using Odp.Engine.Access;
using Odp.Engine.Directory;

namespace Odp.Bot.Platforms.Mattermost;

/// <summary>Mattermost users ↔ directory users, by email (<c>GET users/{id}</c>, <c>GET users/email/{email}</c>), cached.</summary>
public sealed class MattermostIdentity(IMattermostApi api, IDirectory directory, IOptions<MattermostOptions> options, TimeProvider time,
    ILogger<MattermostIdentity> logger)
{
    private readonly EmailIdentity identity = new(
        "Mattermost",
        directory,
        async (id, ct) => (await api.GetUserAsync(id, ct)).Email,
        async (email, ct) => (await api.GetUserByEmailAsync(email, ct))?.Id,
        time,
        DurationText.Parse(options.Value.UserCacheTtl),
        logger);

    public Task<IdentityMatch> ToDirectoryAsync(string mattermostUserId, CancellationToken cancellationToken) =>
        identity.ToDirectoryAsync(mattermostUserId, cancellationToken);

    public Task<string?> ToMattermostAsync(DirectoryUser user, CancellationToken cancellationToken) =>
        identity.ToPlatformAsync(user, cancellationToken);
}
