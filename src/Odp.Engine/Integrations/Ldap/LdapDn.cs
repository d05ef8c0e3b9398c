using System.Globalization;
using System.Text;

namespace Odp.Engine.Integrations.Ldap;

/// <summary>Distinguished names (RFC 4514): escaping values into a DN, reading the first RDN back, and comparing.</summary>
public static class LdapDn
{
    /// <summary>
    /// Escapes an attribute value for a DN: <c>, + " \ &lt; &gt; ; =</c> get a backslash, as do a leading space or <c>#</c>
    /// and a trailing space; NUL becomes <c>\00</c>. Other characters, non-ASCII included, are kept (UTF-8 is allowed).
    /// </summary>
    public static string EscapeValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var sb = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\0') sb.Append("\\00");
            else if (c is ',' or '+' or '"' or '\\' or '<' or '>' or ';' or '=') sb.Append('\\').Append(c);
            else if (i == 0 && c is ' ' or '#') sb.Append('\\').Append(c);
            else if (i == value.Length - 1 && c == ' ') sb.Append("\\ ");
            else sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>
    /// The attribute type and unescaped value of a DN's first RDN (<c>cn=Smith\, J,ou=x</c> → <c>cn</c>, <c>Smith, J</c>);
    /// false for text that isn't a DN. Of a multi-valued RDN (<c>cn=a+uid=b</c>) the first part.
    /// </summary>
    public static bool TryFirstRdn(string dn, out string type, out string value)
    {
        type = value = "";
        var eq = dn.IndexOf('=');
        if (eq <= 0) return false;
        type = dn[..eq].Trim();
        var bytes = new List<byte>();
        for (var i = eq + 1; i < dn.Length; i++)
        {
            var c = dn[i];
            if (c is ',' or '+' or ';') break;
            if (c != '\\')
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
                continue;
            }

            if (i + 1 >= dn.Length) return false;
            if (i + 2 < dn.Length && IsHex(dn[i + 1]) && IsHex(dn[i + 2]))
            {
                bytes.Add(byte.Parse(dn.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(dn[i + 1].ToString()));
                i++;
            }
        }

        value = Encoding.UTF8.GetString([.. bytes]).Trim();
        return type.Length > 0;
    }

    /// <summary>A comparison key: lower case, no spaces around the separators. Good enough for the DNs one server returns.</summary>
    public static string Key(string dn)
    {
        var sb = new StringBuilder(dn.Length);
        var parts = dn.Split(',');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0) sb.Append(',');
            var part = parts[i];
            var eq = part.IndexOf('=');
            sb.Append(eq < 0 ? part.Trim() : $"{part[..eq].Trim()}={part[(eq + 1)..].Trim()}");
        }

        return sb.ToString().ToLowerInvariant();
    }

    /// <summary>
    /// A search base: empty means <paramref name="baseDn"/>; a DN that already ends with <paramref name="baseDn"/> is
    /// absolute; anything else is relative to it (<c>ou=people</c> → <c>ou=people,dc=example,dc=com</c>).
    /// </summary>
    public static string Under(string? searchBase, string baseDn)
    {
        var relative = searchBase?.Trim() ?? "";
        if (relative.Length == 0) return baseDn;
        var key = Key(relative);
        var baseKey = Key(baseDn);
        if (baseDn.Length == 0 || key == baseKey || key.EndsWith("," + baseKey, StringComparison.Ordinal)) return relative;
        return $"{relative},{baseDn}";
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);
}
