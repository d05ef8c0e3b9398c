using System.Buffers;
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

    private const string Version = "v0";
    private const int HexLength = 2 * HMACSHA256.HashSizeInBytes;

    /// <summary>Null when the request is genuine; otherwise why not (for the log, never for the caller).</summary>
    public static string? Check(string secret, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        if (secret.Length == 0) return "no signing secret is set (Socket Mode only), so no HTTP request is genuine"; // else anyone could sign with the empty key
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature)) return "missing signature headers";
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return "malformed timestamp";
        if (Math.Abs(now.ToUnixTimeSeconds() - seconds) > Window.TotalSeconds) return "timestamp outside the five-minute window";
        Span<byte> expected = stackalloc byte[Version.Length + 1 + HexLength];
        Sign(secret, timestamp, body, expected);
        Span<byte> presented = stackalloc byte[expected.Length];
        var sameLength = signature.Length == expected.Length && Encoding.ASCII.GetBytes(signature, presented) == expected.Length;
        return sameLength && CryptographicOperations.FixedTimeEquals(expected, presented) ? null : "signature mismatch";
    }

    public static string Compute(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        Span<byte> signature = stackalloc byte[Version.Length + 1 + HexLength];
        Sign(secret, timestamp, body, signature);
        return Encoding.ASCII.GetString(signature);
    }

    /// <summary>Writes <c>v0=&lt;hex&gt;</c> into <paramref name="destination"/> as ASCII.</summary>
    private static void Sign(string secret, string timestamp, ReadOnlySpan<byte> body, Span<byte> destination)
    {
        var hmac = Hmac.For(secret);
        var message = ArrayPool<byte>.Shared.Rent(Version.Length + 2 + Encoding.UTF8.GetByteCount(timestamp) + body.Length);
        try
        {
            var at = Encoding.ASCII.GetBytes(Version, message);
            message[at++] = (byte)':';
            at += Encoding.UTF8.GetBytes(timestamp, message.AsSpan(at));
            message[at++] = (byte)':';
            body.CopyTo(message.AsSpan(at));
            hmac.AppendData(message, 0, at + body.Length); // one call into OpenSSL rather than two
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(message);
        }
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        hmac.GetHashAndReset(hash);
        var written = Encoding.ASCII.GetBytes(Version + "=", destination);
        Convert.TryToHexStringLower(hash, destination[written..], out _);
    }

    /// <summary>One keyed HMAC per thread, kept for the secret it was made with (setting up the key is most of the cost).</summary>
    private static class Hmac
    {
        [ThreadStatic] private static IncrementalHash? hash;
        [ThreadStatic] private static string? keyedWith;

        public static IncrementalHash For(string secret)
        {
            if (hash is not null && ReferenceEquals(keyedWith, secret)) return hash;
            hash?.Dispose();
            hash = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
            keyedWith = secret;
            return hash;
        }
    }
}
