using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Odp.Engine.Access;
using Odp.Engine.Directory;

namespace Odp.Bot.Api.Auth;

/// <summary>Issues a signed JWT for a signed-in directory user, timed by the injected clock.</summary>
public sealed class TokenIssuer(TokenKeys keys, IOptions<AuthOptions> options, TimeProvider time)
{
    private readonly JsonWebTokenHandler handler = new() { SetDefaultTimesOnTokenCreation = false };

    public TokenResponse Issue(DirectoryUser user)
    {
        var settings = options.Value;
        var lifetime = DurationText.Parse(settings.TokenLifetime);
        var now = time.GetUtcNow().UtcDateTime;
        var token = handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = keys.Credentials,
            Subject = new ClaimsIdentity([new Claim(ApiClaims.Subject, user.Id), new Claim(ApiClaims.Name, user.Name)]),
            Claims = new Dictionary<string, object> { [ApiClaims.Groups] = user.Groups.ToArray() },
        });
        return new TokenResponse(token, "Bearer", (int)lifetime.TotalSeconds);
    }
}
