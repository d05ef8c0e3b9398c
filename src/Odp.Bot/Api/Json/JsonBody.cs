using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Odp.Engine.Errors;

namespace Odp.Bot.Api.Json;

/// <summary>
/// Reads a JSON request body inside the endpoint, so that a malformed one becomes a 400 problem like any other
/// invalid request (minimal API binding would answer it before the problem filter runs). An empty body is null.
/// </summary>
public static class JsonBody
{
    public static async Task<T?> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken) where T : class
    {
        if (request.ContentLength == 0 || request.HttpContext.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == false) return null;
        if (!request.HasJsonContentType())
            throw new InvalidRequestException("Send the body as JSON, with Content-Type: application/json.");
        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, options, cancellationToken);
        }
        catch (JsonException e)
        {
            throw new InvalidRequestException($"The body is not valid JSON{(e.LineNumber is { } line ? $" (line {line + 1}, position {e.BytePositionInLine + 1})" : "")}.");
        }
    }
}
