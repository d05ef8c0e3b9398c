using System.Text;

namespace Odp.Bot.Platforms.Http;

/// <summary>
/// An <c>application/x-www-form-urlencoded</c> body read straight from its bytes: <c>+</c> is a space, <c>%XX</c> a
/// byte of UTF-8, a field without <c>=</c> has an empty value, and the first of repeated fields wins. Given the
/// <paramref name="wanted"/> names, only those fields are decoded (a field whose name is itself percent-encoded is
/// still found).
/// </summary>
public static class UrlEncodedForm
{
    public static Dictionary<string, string> Parse(ReadOnlySpan<byte> body, IReadOnlySet<string>? wanted = null)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        while (!body.IsEmpty)
        {
            var end = body.IndexOf((byte)'&');
            var pair = end < 0 ? body : body[..end];
            body = end < 0 ? default : body[(end + 1)..];
            if (pair.IsEmpty) continue;
            var equals = pair.IndexOf((byte)'=');
            var rawName = equals < 0 ? pair : pair[..equals];
            if (wanted is not null && !MayBe(rawName, wanted)) continue;
            var name = Decode(rawName);
            if (wanted is not null && !wanted.Contains(name)) continue;
            var value = equals < 0 ? "" : Decode(pair[(equals + 1)..]);
            fields.TryAdd(name, value);
        }
        return fields;
    }

    /// <summary>Cheap pre-check: a name with no escapes must be one of the wanted names' lengths to be wanted.</summary>
    private static bool MayBe(ReadOnlySpan<byte> rawName, IReadOnlySet<string> wanted)
    {
        if (rawName.IndexOfAny((byte)'+', (byte)'%') >= 0) return true;
        foreach (var name in wanted)
            if (name.Length == rawName.Length) return true;
        return false;
    }

    private static string Decode(ReadOnlySpan<byte> encoded)
    {
        if (encoded.IndexOfAny((byte)'+', (byte)'%') < 0) return Encoding.UTF8.GetString(encoded);
        var decoded = encoded.Length <= 512 ? stackalloc byte[encoded.Length] : new byte[encoded.Length];
        var length = 0;
        for (var i = 0; i < encoded.Length; i++)
        {
            var b = encoded[i];
            if (b == '+') b = (byte)' ';
            else if (b == '%' && i + 2 < encoded.Length && Hex(encoded[i + 1]) is var high and >= 0 && Hex(encoded[i + 2]) is var low and >= 0)
            {
                b = (byte)(high << 4 | low);
                i += 2;
            }
            decoded[length++] = b;
        }
        return Encoding.UTF8.GetString(decoded[..length]);
    }

    private static int Hex(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };
}
