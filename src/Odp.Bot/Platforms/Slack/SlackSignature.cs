using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Odp.Bot.Platforms.Slack;

/// <summary>
/// Slack's request signing, <c>v0</c> scheme: HMAC-SHA256 over <c>v0:{timestamp}:{raw body}</c> keyed with the signing
/// secret, compared in constant time, within five minutes of now in either direction.
/// </summary>
public static class SlackSignature
{
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    public const string SignatureHeader = "X-Slack-Signature";
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    /// <summary>Null when the request is genuine; otherwise why not (for the log, never for the caller).</summary>
    public static string? Check(string secret, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        if (secret.Length == 0) return "no signing secret is set (Socket Mode only), so no HTTP request is genuine"; // else anyone could sign with the empty key
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature)) return "missing signature headers";
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return "malformed timestamp";
        if (Math.Abs(now.ToUnixTimeSeconds() - seconds) > Window.TotalSeconds) return "timestamp outside the five-minute window";
        var expected = Compute(secret, timestamp, body);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature))
            ? null
            : "signature mismatch";
    }

    public static string Compute(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"v0:{timestamp}:");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));
    }
}
