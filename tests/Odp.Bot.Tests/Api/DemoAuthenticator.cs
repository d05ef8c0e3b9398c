using Odp.Engine.Directory;

namespace Odp.Bot.Tests.Api;

/// <summary>Signs in anyone in the demo directory whose password is <c>&lt;id&gt;-pw</c>; null otherwise, as LDAP would.</summary>
public sealed class DemoAuthenticator(IDirectory directory) : IAuthenticator
{
    public static string PasswordOf(string id) => id + "-pw";

    public async Task<DirectoryUser?> AuthenticateAsync(string username, string password, CancellationToken cancellationToken)
    {
        var user = await directory.FindUserAsync(username, cancellationToken);
        return user is not null && password == PasswordOf(user.Id) ? user : null;
    }
}
