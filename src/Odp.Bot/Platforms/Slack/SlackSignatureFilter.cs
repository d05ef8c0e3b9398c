using System.Globalization;
using Microsoft.Extensions.Options;
using Odp.Bot.Platforms.Http;

namespace Odp.Bot.Platforms.Slack;

/// <summary>
/// Lets a request through only when Slack signed it: the raw body is read once, checked, and handed to the endpoint
/// as a <see cref="SlackBody"/> feature. Anything else gets 401 (413 past <see cref="RequestBody.MaxBytes"/>, naming
/// the limit; 400 when cut short) and nothing is done.
/// </summary>
public sealed class SlackSignatureFilter(IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackSignatureFilter> logger)
    : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        await VerifyAsync(context.HttpContext) ?? await next(context);

    /// <summary>Null when Slack signed the request (its body is then the <see cref="SlackBody"/> feature); otherwise the refusal.</summary>
    public async ValueTask<IResult?> VerifyAsync(HttpContext http)
    {
        var request = http.Request;
        ArraySegment<byte>? read;
        try
        {
            read = await RequestBody.ReadAsync(request, http.RequestAborted);
        }
        catch (EndOfStreamException)
        {
            return Refused(StatusCodes.Status400BadRequest, RequestBody.CutShort);
        }
        if (read is not { } bytes) return Refused(StatusCodes.Status413PayloadTooLarge, RequestBody.TooLarge(request));

        string? timestamp = request.Headers[SlackSignature.TimestampHeader];
        string? signature = request.Headers[SlackSignature.SignatureHeader];
        var failure = SlackSignature.Check(options.Value.SigningSecret, timestamp, signature, bytes, time.GetUtcNow());
        if (failure is null)
        {
            var seconds = long.Parse(timestamp!, NumberStyles.None, CultureInfo.InvariantCulture); // Check parsed it already
            http.Features.Set(new SlackBody(bytes, seconds, signature!));
            return null;
        }
        logger.LogWarning("Refused a Slack request to {Path}: {Failure}", request.Path, failure);
        return Refused(StatusCodes.Status401Unauthorized, "invalid_signature");
    }

    /// <summary>The Slack endpoints' refusal: <c>{"ok": false, "error": …}</c> with the status.</summary>
    public static IResult Refused(int status, string error) => Results.Json(new { ok = false, error }, statusCode: status);
}
