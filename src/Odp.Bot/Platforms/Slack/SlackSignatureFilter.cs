using Microsoft.Extensions.Options;

namespace Odp.Bot.Platforms.Slack;

/// <summary>
/// Lets a request through only when Slack signed it: the raw body is read (and kept for the handler) before any
/// parsing. Anything else gets 401 and nothing is done.
/// </summary>
public sealed class SlackSignatureFilter(IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackSignatureFilter> logger)
    : IEndpointFilter
{
    public const int MaxBody = 1 << 20;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        if (request.ContentLength > MaxBody) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        request.EnableBuffering(MaxBody);
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, context.HttpContext.RequestAborted);
        request.Body.Position = 0;

        var failure = SlackSignature.Check(
            options.Value.SigningSecret,
            request.Headers[SlackSignature.TimestampHeader],
            request.Headers[SlackSignature.SignatureHeader],
            buffer.GetBuffer().AsSpan(0, (int)buffer.Length),
            time.GetUtcNow());
        if (failure is null) return await next(context);
        logger.LogWarning("Refused a Slack request to {Path}: {Failure}", request.Path, failure);
        return Results.Json(new { ok = false, error = "invalid_signature" }, statusCode: StatusCodes.Status401Unauthorized);
    }
}
