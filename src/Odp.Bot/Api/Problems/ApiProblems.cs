using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Odp.Bot.Api.Problems;

/// <summary>RFC 7807 problem details, each with the request's <c>traceId</c>.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult Create(HttpContext context, int status, string detail) =>
        TypedResults.Problem(
            detail: detail,
            statusCode: status,
            title: Title(status),
            type: $"https://httpstatuses.io/{status}",
            extensions: new Dictionary<string, object?> { ["traceId"] = Activity.Current?.Id ?? context.TraceIdentifier });

    public static string Title(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "Invalid request",
        StatusCodes.Status401Unauthorized => "Not signed in",
        StatusCodes.Status403Forbidden => "Not allowed",
        StatusCodes.Status404NotFound => "Not found",
        StatusCodes.Status409Conflict => "Conflict",
        StatusCodes.Status413PayloadTooLarge => "Body too large",
        StatusCodes.Status429TooManyRequests => "Too many attempts",
        StatusCodes.Status503ServiceUnavailable => "Unavailable",
        _ => "Something went wrong",
    };
}
