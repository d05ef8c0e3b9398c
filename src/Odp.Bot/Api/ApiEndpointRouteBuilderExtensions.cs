using Microsoft.AspNetCore.Mvc;
using Odp.Bot.Api.Auth;
using Odp.Bot.Api.Datasets;
using Odp.Bot.Api.Json;
using Odp.Bot.Api.Problems;
using Odp.Bot.Api.Requests;
using Odp.Bot.Api.Workspaces;

namespace Odp.Bot.Api;

public static class ApiEndpointRouteBuilderExtensions
{
    public const string Prefix = "/api/v1";
    public const string OpenApiPath = Prefix + "/openapi.json";

    /// <summary>Maps <c>/api/v1</c> when <see cref="ApiServiceCollectionExtensions.AddOdpApi"/> turned the API on; otherwise nothing.</summary>
    public static WebApplication MapOdpApi(this WebApplication app)
    {
        if (app.Services.GetService<TokenIssuer>() is null) return app;

        // Kestrel stops reading a body past the JSON limit too (JsonBody answers the 413 problem).
        var api = app.MapGroup(Prefix)
            .WithMetadata(new RequestSizeLimitAttribute(JsonBody.MaxBytes))
            .AddEndpointFilter<ProblemFilter>()
            .RequireAuthorization(ApiServiceCollectionExtensions.Policy);
        api.MapAuth().MapDatasets().MapRequests().MapWorkspaces();
        app.MapOpenApi(OpenApiPath).AllowAnonymous();
        return app;
    }
}
