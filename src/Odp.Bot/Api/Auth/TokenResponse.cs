using System.Text.Json.Serialization;

namespace Odp.Bot.Api.Auth;

/// <summary>A successful sign-in, named as OAuth 2.0 names it (RFC 6749 §5.1).</summary>
public sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);
