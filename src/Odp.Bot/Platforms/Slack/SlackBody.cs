namespace Odp.Bot.Platforms.Slack;

/// <summary>
/// The raw body of a signed Slack request, read once by <see cref="SlackSignatureFilter"/> and handed to the
/// endpoint as a request feature (the signature covers these exact bytes).
/// </summary>
public sealed class SlackBody(byte[] bytes, int length)
{
    public ReadOnlySpan<byte> Span => bytes.AsSpan(0, length);

    public ReadOnlyMemory<byte> Memory => bytes.AsMemory(0, length);

    /// <summary>The whole body, or null when it is longer than <paramref name="max"/> bytes.</summary>
    public static async Task<SlackBody?> ReadAsync(HttpRequest request, int max, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } declared)
        {
            if (declared > max) return null;
            var exact = new byte[declared];
            await request.Body.ReadExactlyAsync(exact, cancellationToken);
            return new SlackBody(exact, exact.Length);
        }
        var buffer = new byte[4096];
        var read = 0;
        while (true)
        {
            if (read == buffer.Length)
            {
                if (buffer.Length > max) return null;
                Array.Resize(ref buffer, buffer.Length * 2);
            }
            var n = await request.Body.ReadAsync(buffer.AsMemory(read), cancellationToken);
            if (n == 0) return read > max ? null : new SlackBody(buffer, read);
            read += n;
        }
    }

    public static SlackBody Of(HttpContext context) =>
        context.Features.Get<SlackBody>() ?? throw new InvalidOperationException("The Slack endpoints run behind SlackSignatureFilter.");
}
