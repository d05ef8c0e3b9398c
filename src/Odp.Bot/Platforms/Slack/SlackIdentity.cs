using Microsoft.Extensions.Options;
using Odp.Bot.Conversation.Identity;
using Odp.Bot.Platforms.Slack.Api;
using Odp.Engine.Access;
using Odp.Engine.Directory;

namespace Odp.Bot.Platforms.Slack;

/// <summary>Slack users ↔ directory users, by email (<c>users.info</c> and <c>users.lookupByEmail</c>), cached.</summary>
public sealed class SlackIdentity(ISlackApi api, IDirectory directory, IOptions<SlackOptions> options, TimeProvider time,
    ILogger<SlackIdentity> logger)
{
    private readonly EmailIdentity identity = new(
        "Slack",
        directory,
        async (id, ct) => (await api.GetUserAsync(id, ct)).Email,
        async (email, ct) => (await api.LookupUserByEmailAsync(email, ct))?.Id,
        time,
        DurationText.Parse(options.Value.UserCacheTtl),
        logger);

    public Task<IdentityMatch> ToDirectoryAsync(string slackUserId, CancellationToken cancellationToken) =>
        identity.ToDirectoryAsync(slackUserId, cancellationToken);

    public Task<string?> ToSlackAsync(DirectoryUser user, CancellationToken cancellationToken) =>
        identity.ToPlatformAsync(user, cancellationToken);
}
