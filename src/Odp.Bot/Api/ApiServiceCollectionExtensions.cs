using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Odp.Bot.Api.Auth;
using Odp.Bot.Api.OpenApi;

namespace Odp.Bot.Api;

public static class ApiServiceCollectionExtensions
{
    public const string Policy = "odp-api";
    public const string DocumentName = "v1";

    /// <summary>
    /// The REST API, when <c>Odp:Auth</c> has a signing key or an RSA key file (see <see cref="AuthOptions"/>): JWT
    /// bearer validation, sign-in with its attempt limits, and the OpenAPI document. Sign-in needs an
    /// <c>IAuthenticator</c> registered by whoever provides the directory; without one it answers 503.
    /// </summary>
    public static IServiceCollection AddOdpApi(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        if (!settings.Enabled) return services;

        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>();
        services.AddSingleton<TokenKeys>();
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<SignIn>();
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, JwtBearerSetup>();
        services.AddAuthentication().AddJwtBearer();
        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p
            .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme)
            .RequireAuthenticatedUser()
            .RequireClaim(ApiClaims.Subject));
        services.AddOpenApi(DocumentName, o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer<DocumentInfoTransformer>();
            o.AddDocumentTransformer<BearerSecurityTransformer>();
            o.AddOperationTransformer<BearerSecurityTransformer>();
        });
        return services;
    }
}
