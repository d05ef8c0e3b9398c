using Odp.Engine.Directory;

namespace Odp.Bot.Conversation.Identity;

/// <summary>
/// Maps a chat platform's users to directory users by email, both ways, caching each answer for a while. The platform
/// supplies two lookups: a platform user's email, and the platform user with an email.
/// </summary>
public sealed class EmailIdentity(
    string platform,
    IDirectory directory,
    Func<string, CancellationToken, Task<string?>> emailOf,
    Func<string, CancellationToken, Task<string?>> userWithEmail,
    TimeProvider time,
    TimeSpan ttl)
{
    private readonly TtlCache<string?> emails = new(time, ttl);
    private readonly TtlCache<string?> platformUsers = new(time, ttl);

    public async Task<IdentityMatch> ToDirectoryAsync(string platformUserId, CancellationToken cancellationToken)
    {
        var email = await emails.GetOrAddAsync(platformUserId, ct => emailOf(platformUserId, ct), cancellationToken);
        if (string.IsNullOrWhiteSpace(email))
            return new IdentityMatch(null,
                $"{platform} didn't share your email address with me, so I can't tell who you are in the directory. " +
                "Ask an admin to check the app's permission to read email addresses.");
        var user = await directory.FindUserByEmailAsync(email, cancellationToken);
        return user is not null
            ? new IdentityMatch(user, null)
            : new IdentityMatch(null,
                $"Your {platform} email ({email}) is not in the OpenDataPlane directory. Ask an admin to add you with that email.");
    }

    /// <summary>The platform user id of a directory user, or null if the platform has nobody with their email.</summary>
    public Task<string?> ToPlatformAsync(DirectoryUser user, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(user.Email)
            ? Task.FromResult<string?>(null)
            : platformUsers.GetOrAddAsync(user.Email, ct => userWithEmail(user.Email, ct), cancellationToken);
}
