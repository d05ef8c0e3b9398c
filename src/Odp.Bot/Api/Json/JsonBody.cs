using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Odp.Engine.Errors;

namespace Odp.Bot.Api.Json;

/// <summary>
/// Reads a JSON request body inside the endpoint, so that a malformed one becomes a 400 problem like any other
/// invalid request (minimal API binding would answer it before the problem filter runs). An empty body is null.
/// A body over <see cref="MaxBytes"/> is refused (413) by its Content-Length before anything is read, or as soon as
/// a chunked one passes the limit, so no caller makes the host read and hold more than that.
/// </summary>
public static class JsonBody
{
    /// <summary>The largest JSON body the API reads: 64 KiB (docs/api.md).</summary>
    public const int MaxBytes = 64 * 1024;

    public static async Task<T?> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken) where T : class
    {
        if (request.ContentLength == 0 || request.HttpContext.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == false) return null;
        if (!request.HasJsonContentType())
            throw new InvalidRequestException("Send the body as JSON, with Content-Type: application/json.");
        if (request.ContentLength > MaxBytes) throw TooLarge(request.ContentLength.Value);
        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var buffer = ArrayPool<byte>.Shared.Rent(MaxBytes + 1);
        try
        {
            var length = await ReadUpToAsync(request.Body, buffer.AsMemory(0, MaxBytes + 1), cancellationToken);
            if (length > MaxBytes) throw TooLarge(null);
            return length == 0 ? null : JsonSerializer.Deserialize<T>(buffer.AsSpan(0, length), options);
        }
        catch (JsonException e)
        {
            throw new InvalidRequestException($"The body is not valid JSON{(e.LineNumber is { } line ? $" (line {line + 1}, position {e.BytePositionInLine + 1})" : "")}.");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge(null);
        }
        catch (BadHttpRequestException)
        {
            throw new InvalidRequestException("The body could not be read to its end; send it again.");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async Task<int> ReadUpToAsync(Stream body, Memory<byte> into, CancellationToken cancellationToken)
    {
        var length = 0;
        while (length < into.Length)
        {
            var read = await body.ReadAsync(into[length..], cancellationToken);
            if (read == 0) break;
            length += read;
        }

        return length;
    }

    private static BodyTooLargeException TooLarge(long? sent) => new(string.Create(CultureInfo.InvariantCulture,
        $"A request body can be at most {MaxBytes:N0} bytes (64 KiB); {(sent is { } n ? $"yours has {n:N0}" : "yours is longer")}."));
}
