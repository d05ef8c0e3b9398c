using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Odp.Bot.Api.OpenApi;

/// <summary>
/// The document's title, description and tag descriptions, and its server URL without the trailing slash ASP.NET
/// writes (Redocly's <c>no-server-trailing-slash</c>: a client joining it with <c>/api/v1/…</c> would send <c>//api</c>).
/// </summary>
public sealed class DocumentInfoTransformer : IOpenApiDocumentTransformer
{
    /// <summary>What each tag groups, by tag name.</summary>
    public static readonly IReadOnlyDictionary<string, string> Tags = new Dictionary<string, string>
    {
        ["Auth"] = "Sign in with directory credentials for a bearer token.",
        ["Datasets"] = "Find datasets in the catalog and read one.",
        ["Requests"] = "Ask for access, follow a request, and decide requests for datasets you own.",
        ["Workspaces"] = "Your teams' workspaces and the grants live in them.",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "OpenDataPlane API";
        document.Info.Description = "Self-service data access: find datasets, request access, decide requests. Sign in at POST /api/v1/auth/token.";
        foreach (var server in document.Servers ?? [])
        {
            if (server.Url is { Length: > 1 } url) server.Url = url.TrimEnd('/');
        }

        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            if (tag.Name is { } name && Tags.TryGetValue(name, out var description)) tag.Description = description;
        }

        return Task.CompletedTask;
    }
}
