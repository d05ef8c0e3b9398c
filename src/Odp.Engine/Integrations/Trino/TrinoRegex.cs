using System.Text;

namespace Odp.Engine.Integrations.Trino;

/// <summary>
/// Trino's rules match names with Java regular expressions against the WHOLE name
/// (<c>Matcher.matches()</c>), so an escaped literal matches exactly that name and nothing else.
/// </summary>
public static class TrinoRegex
{
    // The characters that are special outside a character class in java.util.regex.Pattern.
    // A backslash before any non-alphabetic character is always legal in Java, so this is safe.
    private const string MetaCharacters = @"\^$.|?*+()[]{}";

    /// <summary>Turns a literal name into a Java regex that matches exactly that name.</summary>
    public static string Escape(string literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        var builder = new StringBuilder(literal.Length + 8);
        foreach (var c in literal)
        {
            if (MetaCharacters.Contains(c)) builder.Append('\\');
            builder.Append(c);
        }
        return builder.ToString();
    }
}
