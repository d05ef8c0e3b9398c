using System.Globalization;

namespace Odp.Bot.Platforms.Http;

/// <summary>
/// The raw body of a chat platform's request, read whole but never past <see cref="MaxBytes"/>: what Slack and
/// Mattermost send is far smaller (a slash command's text is at most a message's 40,000 characters; a button press
/// carries the message it was on), so a bigger body is refused before it costs more.
/// </summary>
public static class RequestBody
{
    public const int MaxBytes = 1 << 20;

    /// <summary>
    /// The whole body, or null when it is longer than <see cref="MaxBytes"/>. Throws <see cref="EndOfStreamException"/>
    /// when it is shorter than its <c>Content-Length</c>.
    /// </summary>
    public static async Task<ArraySegment<byte>?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } declared)
        {
            if (declared > MaxBytes) return null;
            var exact = new byte[declared];
            await request.Body.ReadExactlyAsync(exact, cancellationToken);
            return exact;
        }
        var buffer = new byte[4096];
        var read = 0;
        while (true)
        {
            if (read == buffer.Length)
            {
                if (read > MaxBytes) return null;
                Array.Resize(ref buffer, Math.Min(buffer.Length * 2, MaxBytes + 1));
            }
            var n = await request.Body.ReadAsync(buffer.AsMemory(read), cancellationToken);
            if (n == 0) return read > MaxBytes ? (ArraySegment<byte>?)null : new ArraySegment<byte>(buffer, 0, read);
            read += n;
        }
    }

    /// <summary>Why a body was refused as too large, naming the limit.</summary>
    public static string TooLarge(HttpRequest request) =>
        string.Create(CultureInfo.InvariantCulture, $"A request here can be at most {MaxBytes:N0} bytes; this one has ") +
        (request.ContentLength is { } length ? string.Create(CultureInfo.InvariantCulture, $"{length:N0}.") : "more.");

    public const string CutShort = "the body is shorter than its Content-Length";
}
