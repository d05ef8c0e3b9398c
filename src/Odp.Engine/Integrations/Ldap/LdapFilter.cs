using System.Text;

namespace Odp.Engine.Integrations.Ldap;

/// <summary>Search filters built from values people typed, escaped per RFC 4515 so a value can never change the filter.</summary>
public static class LdapFilter
{
    /// <summary>
    /// Escapes an assertion value: <c>*</c> → <c>\2a</c>, <c>(</c> → <c>\28</c>, <c>)</c> → <c>\29</c>, <c>\</c> → <c>\5c</c>,
    /// NUL → <c>\00</c>, and every byte of a non-ASCII character's UTF-8 form as <c>\xx</c> (RFC 4515 section 4's
    /// <c>Lu\c4\8di\c4\87</c>), so the filter string itself is plain ASCII.
    /// </summary>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var sb = new StringBuilder(value.Length + 8);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '*' or '(' or ')' or '\\' or '\0')
            {
                Hex(sb, (byte)c);
            }
            else if (c < 0x80)
            {
                sb.Append(c);
            }
            else
            {
                var length = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]) ? 2 : 1;
                var written = Encoding.UTF8.GetBytes(value.AsSpan(i, length), utf8);
                foreach (var b in utf8[..written]) Hex(sb, b);
                i += length - 1;
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Whether a typed id, email or group name is worth a search: not when it holds control characters. Escaping keeps a
    /// NUL harmless to the filter, but OpenLDAP's IA5 matching (mail) stops at it, so <c>bob@x\0junk</c> would find bob@x.
    /// </summary>
    public static bool IsSearchable(string value) => value.Length > 0 && !value.Any(char.IsControl);

    /// <summary><c>(attribute=escaped value)</c>.</summary>
    public static string Equal(string attribute, string value) => $"({attribute}={Escape(value)})";

    /// <summary><c>(&amp;a b …)</c>, or the only part alone.</summary>
    public static string And(params IEnumerable<string> parts) => Combine('&', parts);

    /// <summary><c>(|a b …)</c>, or the only part alone.</summary>
    public static string Or(params IEnumerable<string> parts) => Combine('|', parts);

    private static string Combine(char op, IEnumerable<string> parts)
    {
        var list = parts.Where(p => p.Length > 0).ToList();
        return list.Count == 1 ? list[0] : $"({op}{string.Concat(list)})";
    }

    private static void Hex(StringBuilder sb, byte b) => sb.Append('\\').Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
}
