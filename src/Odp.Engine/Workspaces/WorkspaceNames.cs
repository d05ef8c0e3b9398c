using System.Text;
using System.Text.RegularExpressions;

namespace Odp.Engine.Workspaces;

/// <summary>Workspace names are DNS-1123 labels that still fit once prefixed with <see cref="NamespacePrefix"/>.</summary>
public static partial class WorkspaceNames
{
    public const string NamespacePrefix = "odp-";

    /// <summary>63 (a DNS-1123 label) minus the namespace prefix.</summary>
    public const int MaxLength = 63 - 4;

    public static bool IsValid(string? name) =>
        !string.IsNullOrEmpty(name) && name.Length <= MaxLength && Dns1123Label().IsMatch(name);

    /// <summary>Throws an <see cref="ArgumentException"/> explaining the rules when <paramref name="name"/> is not valid.</summary>
    public static string Validate(string? name, string paramName = "name") =>
        IsValid(name)
            ? name!
            : throw new ArgumentException(
                $"Workspace name '{name}' is not valid: use 1-{MaxLength} lowercase letters, digits or '-', starting and ending with a letter or digit.",
                paramName);

    public static string NamespaceFor(string name) => NamespacePrefix + Validate(name);

    /// <summary>
    /// Turns a directory group id (e.g. <c>Data Science</c>, <c>cn=sales,ou=groups</c>) into a workspace name:
    /// lower-cased, every run of other characters becomes one '-', trimmed and truncated to <see cref="MaxLength"/>.
    /// </summary>
    public static string FromGroup(string group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var builder = new StringBuilder(group.Length);
        foreach (var c in group.ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9')) builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        var name = builder.ToString().Trim('-');
        if (name.Length > MaxLength) name = name[..MaxLength].TrimEnd('-');
        return name.Length > 0
            ? name
            : throw new ArgumentException($"Group '{group}' has no letters or digits to name a workspace after.", nameof(group));
    }

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Dns1123Label();
}
