using Microsoft.Extensions.Options;

namespace Odp.Bot.Platforms.Slack;

/// <summary>
/// Lets a request through only when Slack signed it: the raw body is read once, checked, and handed to the endpoint
/// as a <see cref="SlackBody"/> feature. Anything else gets 401 (413 when too big, 400 when cut short) and nothing
/// is done.
/// </summary>
public sealed class SlackSignatureFilter(IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackSignatureFilter> logger)
    : IEndpointFilter
{
    public const int MaxBody = 1 << 20;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        await VerifyAsync(context.HttpContext) ?? await next(context);

    /// <summary>Null when Slack signed the request (its body is then the <see cref="SlackBody"/> feature); otherwise the refusal.</summary>
    public async ValueTask<IResult?> VerifyAsync(HttpContext http)
    {
        var request = http.Request;
        SlackBody? body;
        try
        {
            body = await SlackBody.ReadAsync(request, MaxBody, http.RequestAborted);
        }
        catch (EndOfStreamException)
        {
            return Results.Json(new { ok = false, error = "the body is shorter than its Content-Length" }, statusCode: StatusCodes.Status400BadRequest);
        }
        if (body is null) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);

        var failure = SlackSignature.Check(
            options.Value.SigningSecret,
            request.Headers[SlackSignature.TimestampHeader],
            request.Headers[SlackSignature.SignatureHeader],
            body.Span,
            time.GetUtcNow());
        if (failure is null)
        {
            http.Features.Set(body);
            return null;
        }
        logger.LogWarning("Refused a Slack request to {Path}: {Failure}", request.Path, failure);
        return Results.Json(new { ok = false, error = "invalid_signature" }, statusCode: StatusCodes.Status401Unauthorized);
    }
}
