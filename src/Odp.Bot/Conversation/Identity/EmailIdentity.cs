using Microsoft.Extensions.Logging;
using Odp.Engine.Directory;

namespace Odp.Bot.Conversation.Identity;

/// <summary>
/// Maps a chat platform's users to directory users by email, both ways, caching each answer for a while. The platform
/// supplies two lookups: a platform user's email, and the platform user with an email.
/// <para>
/// A platform user's email is asked for on the ack path, so that lookup is bounded: it gets <see cref="LookupTimeout"/>
/// in all (rate-limit waits and retries included), and a lookup that fails or times out is remembered for
/// <see cref="FailureTtl"/> (one failing call per user and period, not one per command), during which the person is
/// told the platform can't be reached. Both caches are bounded (see <see cref="TtlCache{TValue}"/>).
/// </para>
/// </summary>
public sealed class EmailIdentity(
    string platform,
    IDirectory directory,
    Func<string, CancellationToken, Task<string?>> emailOf,
    Func<string, CancellationToken, Task<string?>> userWithEmail,
    TimeProvider time,
    TimeSpan ttl,
    ILogger logger)
{
    /// <summary>The most one lookup of a platform user's email may take; leaves most of Slack's 3 s ack.</summary>
    public static readonly TimeSpan LookupTimeout = TimeSpan.FromSeconds(1);

    /// <summary>How long a failed lookup is remembered before the platform is asked again.</summary>
    public static readonly TimeSpan FailureTtl = TimeSpan.FromSeconds(30);

    /// <summary>Longer than any email address (64 + 1 + 255); a longer one is treated as none.</summary>
    public const int MaxEmailLength = 320;

    private readonly TtlCache<EmailLookup> emails = new(time, ttl);
    private readonly TtlCache<string?> platformUsers = new(time, ttl);

    public async Task<IdentityMatch> ToDirectoryAsync(string platformUserId, CancellationToken cancellationToken)
    {
        var lookup = await emails.GetOrAddAsync(
            platformUserId, () => EmailOfAsync(platformUserId), l => l.Failed ? FailureTtl : ttl, cancellationToken);
        if (lookup.Failed)
            return new IdentityMatch(null,
                $"I can't reach {platform} right now to check who you are, so I can't do that yet. Please try again in a " +
                "minute. (`search`, `show` and `help` work meanwhile.)");
        var email = lookup.Email;
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
            : platformUsers.GetOrAddAsync(user.Email, () => userWithEmail(user.Email, CancellationToken.None), cancellationToken);

    private async Task<EmailLookup> EmailOfAsync(string platformUserId)
    {
        using var timeout = new CancellationTokenSource(LookupTimeout, time);
        try
        {
            var email = await emailOf(platformUserId, timeout.Token);
            return new EmailLookup(email is { Length: > MaxEmailLength } ? null : email, Failed: false);
        }
        catch (Exception e)
        {
            var why = timeout.IsCancellationRequested ? $"no answer within {LookupTimeout.TotalSeconds:0.#} s" : e.Message;
            logger.LogWarning("Could not look up a {Platform} user's email ({Why}); asking again after {Seconds} s",
                platform, why, FailureTtl.TotalSeconds);
            return new EmailLookup(null, Failed: true);
        }
    }

    private sealed record EmailLookup(string? Email, bool Failed);
}
