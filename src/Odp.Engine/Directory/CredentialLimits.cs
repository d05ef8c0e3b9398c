using Odp.Engine.Budget;
using Odp.Engine.Errors;

namespace Odp.Engine.Directory;

/// <summary>
/// The longest username and password a sign-in accepts (docs/api.md). Checked before anything is counted or sent to
/// the directory, so an oversized credential costs nothing but this check (<see cref="InputLimits"/>).
/// </summary>
public static class CredentialLimits
{
    /// <summary>Room for an email address (at most 254 by RFC 5321) or any directory login name.</summary>
    public const int MaxUsernameLength = 256;

    /// <summary>Room for long passphrases; Active Directory itself stops at 256.</summary>
    public const int MaxPasswordLength = 1024;

    /// <exception cref="InvalidRequestException">The username or the password is longer than its limit.</exception>
    public static void Check(string username, string password)
    {
        InputLimits.Text(username, MaxUsernameLength, "A username");
        InputLimits.Text(password, MaxPasswordLength, "A password");
    }
}
