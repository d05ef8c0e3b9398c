namespace Odp.Bot.Api.Auth;

/// <summary>
/// Sign-in and tokens for the REST API. The API is on exactly when <see cref="SigningKey"/> or
/// <see cref="RsaKeyFile"/> is set; without either, <c>/api/v1/*</c> is not mapped.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Odp:Auth";

    /// <summary>An HS256 secret of at least 32 bytes (UTF-8). Ignored when <see cref="RsaKeyFile"/> is set.</summary>
    public string SigningKey { get; set; } = "";

    /// <summary>A PEM file holding an RSA private key; tokens are then signed with RS256.</summary>
    public string RsaKeyFile { get; set; } = "";

    public string Issuer { get; set; } = "opendataplane";

    public string Audience { get; set; } = "odp-api";

    /// <summary>How long a token lasts: a duration like 1h or 30m.</summary>
    public string TokenLifetime { get; set; } = "1h";

    /// <summary>Sign-in attempts allowed per username within <see cref="AttemptWindow"/>.</summary>
    public int AttemptsPerUsername { get; set; } = 5;

    /// <summary>Sign-in attempts allowed per client IP within <see cref="AttemptWindow"/>.</summary>
    public int AttemptsPerClientIp { get; set; } = 20;

    /// <summary>The fixed window the attempt limits count in: a duration like 1m.</summary>
    public string AttemptWindow { get; set; } = "1m";

    public bool Enabled => SigningKey.Length > 0 || RsaKeyFile.Length > 0;

    public bool UsesRsa => RsaKeyFile.Length > 0;
}
