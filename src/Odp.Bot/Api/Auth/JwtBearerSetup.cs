using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Odp.Bot.Api.Problems;

namespace Odp.Bot.Api.Auth;

/// <summary>
/// Validates API tokens: signature, issuer, audience and lifetime, the last on the injected clock with no skew, so
/// tests can move time. A missing, expired or tampered token is a 401 problem.
/// </summary>
public sealed class JwtBearerSetup(TokenKeys keys, IOptions<AuthOptions> options, TimeProvider time) : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(string? name, JwtBearerOptions bearer)
    {
        if (name != JwtBearerDefaults.AuthenticationScheme) return;
        var settings = options.Value;
        bearer.TimeProvider = time;
        bearer.MapInboundClaims = false;
        bearer.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = settings.Issuer,
            ValidAudience = settings.Audience,
            IssuerSigningKey = keys.Key,
            ValidAlgorithms = [keys.Credentials.Algorithm],
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateIssuerSigningKey = true,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = TimeSpan.Zero,
            LifetimeValidator = IsCurrent,
            NameClaimType = ApiClaims.Name,
        };
        bearer.Events = new JwtBearerEvents { OnChallenge = ChallengeAsync };
    }

    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);

    private bool IsCurrent(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return expires is { } e && now < e && (notBefore is not { } n || n <= now);
    }

    private static async Task ChallengeAsync(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var detail = context.AuthenticateFailure is null
            ? "Sign in with POST /api/v1/auth/token and send the token as 'Authorization: Bearer <token>'."
            : "The bearer token is expired or not valid. Sign in again with POST /api/v1/auth/token.";
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer";
        await ApiProblems.Create(context.HttpContext, StatusCodes.Status401Unauthorized, detail).ExecuteAsync(context.HttpContext);
    }
}
