using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Odp.Bot.Api.Problems;
using Odp.Engine.Directory;

namespace Odp.Bot.Api.Auth;

/// <summary>
/// <c>POST /auth/token</c>: binds to the directory as the user and answers a token. A wrong password and an unknown
/// user get the same 401; attempts are limited per username and per client IP. An oversized username or password is
/// a 400 before anything is counted or asked (<see cref="CredentialLimits"/>). Passwords are never logged.
/// </summary>
public sealed class SignIn(IEnumerable<IAuthenticator> authenticators, SignInThrottle throttle, TokenIssuer issuer, ILogger<SignIn> logger)
{
    public const string NoDirectory = "sign-in needs an LDAP directory (Odp:Ldap:Url)";
    public const string WrongCredentials = "The username or password is wrong.";

    private readonly IAuthenticator? authenticator = authenticators.LastOrDefault();

    public async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> ExecuteAsync(
        TokenRequest? body, HttpContext context, CancellationToken cancellationToken)
    {
        if (authenticator is null) return ApiProblems.Create(context, StatusCodes.Status503ServiceUnavailable, NoDirectory);
        if (string.IsNullOrWhiteSpace(body?.Username) || string.IsNullOrEmpty(body.Password))
            return ApiProblems.Create(context, StatusCodes.Status400BadRequest, "Send your directory username and password as {\"username\": …, \"password\": …}.");

        CredentialLimits.Check(body.Username, body.Password);
        var username = body.Username.Trim();
        var clientIp = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.TryAttempt(username, context.Connection.RemoteIpAddress) is { } wait)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            logger.LogWarning("Sign-in attempts for {User} from {Client} are over the limit", username, clientIp);
            return ApiProblems.Create(context, StatusCodes.Status429TooManyRequests, $"Too many sign-in attempts. Try again in {seconds} seconds.");
        }

        var user = await authenticator.AuthenticateAsync(username, body.Password, cancellationToken);
        if (user is null)
        {
            logger.LogInformation("Sign-in refused for {User} from {Client}", username, clientIp);
            return ApiProblems.Create(context, StatusCodes.Status401Unauthorized, WrongCredentials);
        }
        logger.LogInformation("{User} signed in to the API from {Client}", user.Id, clientIp);
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(issuer.Issue(user));
    }
}
