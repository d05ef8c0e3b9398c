namespace Odp.Engine.Directory;

/// <summary>
/// Checks a person's own credentials against the directory (an LDAP bind as that user). Null for a wrong username
/// or password alike, so callers can't tell which was wrong.
/// </summary>
public interface IAuthenticator
{
    Task<DirectoryUser?> AuthenticateAsync(string username, string password, CancellationToken cancellationToken);
}
