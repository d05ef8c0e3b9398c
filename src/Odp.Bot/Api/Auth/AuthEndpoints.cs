using Odp.Bot.Api.Json;

namespace Odp.Bot.Api.Auth;

/// <summary><c>POST /auth/token</c>: sign in with directory credentials; the one endpoint without a token.</summary>
public static class AuthEndpoints
{
    public static RouteGroupBuilder MapAuth(this RouteGroupBuilder api)
    {
        api.MapPost("/auth/token", async (HttpContext context, SignIn signIn, CancellationToken cancellationToken) =>
                await signIn.ExecuteAsync(await JsonBody.ReadAsync<TokenRequest>(context.Request, cancellationToken), context, cancellationToken))
            .Accepts<TokenRequest>("application/json")
            .AllowAnonymous()
            .WithTags("Auth").WithName("SignIn").WithSummary("Sign in with directory credentials and get a bearer token")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return api;
    }
}
