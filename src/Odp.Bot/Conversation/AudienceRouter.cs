using Odp.Bot.Conversation.Identity;
using Odp.Engine.Directory;

namespace Odp.Bot.Conversation;

/// <summary>
/// Where an audience lives on one platform: a team's configured channel, or the bot's direct conversation with a
/// user, found through the platform's user for the directory user's email. Direct conversations are cached.
/// Null when the platform can't reach the audience.
/// </summary>
public sealed class AudienceRouter(
    IDirectory directory,
    IReadOnlyDictionary<string, string> teamChannels,
    Func<DirectoryUser, CancellationToken, Task<string?>> platformUserOf,
    Func<string, CancellationToken, Task<string>> openDirect,
    TimeProvider time)
{
    private readonly TtlCache<string> directs = new(time, TimeSpan.FromHours(1));

    public async Task<string?> ChannelOfAsync(Audience audience, CancellationToken cancellationToken)
    {
        switch (audience)
        {
            case Audience.Team team:
                return teamChannels.GetValueOrDefault(team.GroupId);
            case Audience.User person:
                var user = await directory.FindUserAsync(person.UserId, cancellationToken);
                var platformUser = user is null ? null : await platformUserOf(user, cancellationToken);
                return platformUser is null ? null : await directs.GetOrAddAsync(platformUser, () => openDirect(platformUser, CancellationToken.None), cancellationToken);
            default:
                return null;
        }
    }
}
