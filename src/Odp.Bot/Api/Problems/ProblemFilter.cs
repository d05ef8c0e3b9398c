using Odp.Bot.Api.Json;
using System.Globalization;
using Odp.Bot.Conversation;
using Odp.Engine.Catalog;
using Odp.Engine.Errors;
using Odp.Engine.Tickets;

namespace Odp.Bot.Api.Problems;

/// <summary>
/// Turns the engine's kind errors into problem details: not found 404, not allowed 403, invalid 400, a body over
/// the API's limit 413, a refused transition or a lost race 409, not now (still loading, busy) 503 with
/// <c>Retry-After</c> (seconds). Anything else is logged with a reference and answered 500 without details.
/// </summary>
public sealed class ProblemFilter(ILogger<ProblemFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception e) when (StatusOf(e) is { } status)
        {
            if (e is UnavailableException unavailable)
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(unavailable.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            var problem = ApiProblems.Create(context.HttpContext, status, Detail(e));
            if ((e as UserFacingException)?.Hint is { } hint && ApiHints.Of(hint) is { } said) problem.ProblemDetails.Extensions["hint"] = said;
            return problem;
        }
        catch (Exception e) when (e is not OperationCanceledException || !context.HttpContext.RequestAborted.IsCancellationRequested)
        {
            var reference = ErrorReference.New();
            logger.LogError(e, "API {Method} {Path} failed (ref {Reference})",
                context.HttpContext.Request.Method, context.HttpContext.Request.Path, reference);
            return ApiProblems.Create(context.HttpContext, StatusCodes.Status500InternalServerError, $"something went wrong (ref {reference})");
        }
    }

    public static int? StatusOf(Exception e) => e switch
    {
        BodyTooLargeException => StatusCodes.Status413PayloadTooLarge,
        NotFoundException => StatusCodes.Status404NotFound,
        NotAllowedException => StatusCodes.Status403Forbidden,
        InvalidRequestException or SearchSyntaxException => StatusCodes.Status400BadRequest,
        TicketTransitionException or ConcurrentTicketUpdateException => StatusCodes.Status409Conflict,
        UnavailableException => StatusCodes.Status503ServiceUnavailable,
        UserFacingException => StatusCodes.Status400BadRequest,
        _ => null,
    };

    private static string Detail(Exception e) => e.Message;
}
