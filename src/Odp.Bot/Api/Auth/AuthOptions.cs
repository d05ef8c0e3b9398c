using System.ComponentModel.DataAnnotations;
using Odp.Engine.Settings;

namespace Odp.Bot.Api.Auth;

/// <summary>
/// Sign-in and tokens for the REST API. The API is on exactly when <see cref="SigningKey"/> or
/// <see cref="RsaKeyFile"/> is set; without either, <c>/api/v1/*</c> is not mapped.
/// </summary>
[Setting("The REST API under `/api/v1` (`docs/api.md`): on exactly when `SigningKey` or `RsaKeyFile` is set (and needs "
    + "LDAP for sign-in).")]
public sealed class AuthOptions
{
    public const string Section = "Odp:Auth";

    [Setting("An HS256 secret of at least 32 bytes (UTF-8); generate one with `openssl rand -base64 48`. Ignored when "
        + "`RsaKeyFile` is set.", Secret = true)]
    [MinLength(AuthOptionsValidator.MinKeyBytes)]
    public string SigningKey { get; set; } = "";

    [Setting("A PEM file holding an RSA private key: tokens are then signed with RS256 and `SigningKey` is ignored.")]
    public string RsaKeyFile { get; set; } = "";

    [Setting("`iss` of issued tokens, and the only issuer accepted.")]
    public string Issuer { get; set; } = "opendataplane";

    [Setting("`aud` of issued tokens, and the only audience accepted.")]
    public string Audience { get; set; } = "odp-api";

    [Setting("How long a token lasts.")]
    [Duration]
    public string TokenLifetime { get; set; } = "1h";

    [Setting("Sign-in attempts allowed per username within `AttemptWindow`.")]
    [Range(1, int.MaxValue)]
    public int AttemptsPerUsername { get; set; } = 5;

    [Setting("Sign-in attempts allowed per client IP within `AttemptWindow`.")]
    [Range(1, int.MaxValue)]
    public int AttemptsPerClientIp { get; set; } = 20;

    [Setting("The fixed window both attempt limits count in.")]
    [Duration]
    public string AttemptWindow { get; set; } = "1m";

    public bool Enabled => SigningKey.Length > 0 || RsaKeyFile.Length > 0;

    public bool UsesRsa => RsaKeyFile.Length > 0;
}
