using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Odp.Engine.Workspaces;

/// <summary>
/// Workspace names are DNS-1123 labels that still fit once prefixed with <see cref="NamespacePrefix"/>. A team's
/// actual name is decided once by <see cref="WorkspaceNaming"/> from <see cref="Candidates"/>.
/// </summary>
public static partial class WorkspaceNames
{
    public const string NamespacePrefix = "odp-";

    /// <summary>63 (a DNS-1123 label) minus the namespace prefix.</summary>
    public const int MaxLength = 63 - 4;

    /// <summary>Hex digits of the group id's SHA-256 that tell apart groups whose ids give the same name.</summary>
    public const int SuffixLength = 6;

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
    /// The name a directory group id (e.g. <c>Data Science</c>, <c>cn=sales,ou=groups</c>) asks for: lower-cased,
    /// every run of other characters becomes one '-', trimmed and truncated to <see cref="MaxLength"/>. Different
    /// groups can ask for the same name (<c>data-science</c>, <c>Data.Science</c>); only the first gets it.
    /// </summary>
    internal static string FromGroup(string group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var builder = new StringBuilder(Math.Min(group.Length, 4 * MaxLength));
        foreach (var c in group.ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9')) builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
            if (builder.Length > MaxLength) break;
        }
        var name = builder.ToString().Trim('-');
        if (name.Length > MaxLength) name = name[..MaxLength].TrimEnd('-');
        return name.Length > 0
            ? name
            : throw new ArgumentException($"Group '{group}' has no letters or digits to name a workspace after.", nameof(group));
    }

    /// <summary>
    /// The names <paramref name="group"/> may get, in order of preference: <see cref="FromGroup"/>, then that name
    /// with a short hash of the group id (<c>data-science-3f9a0c</c>), then with a counter after the hash. Each group
    /// has its own hash, so the same group always tries the same names; the list is endless, and the first one no
    /// other group holds wins.
    /// </summary>
    internal static IEnumerable<string> Candidates(string group)
    {
        var name = FromGroup(group);
        yield return name;
        var hash = Hash(group);
        yield return WithSuffix(name, hash);
        for (var n = 2; ; n++) yield return WithSuffix(name, $"{hash}-{n.ToString(CultureInfo.InvariantCulture)}");
    }

    /// <summary>The key a group is stored under: group ids compare case-insensitively, as the directory does.</summary>
    internal static string GroupKey(string group) => group.ToLowerInvariant();

    private static string Hash(string group) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(GroupKey(group))))[..SuffixLength];

    private static string WithSuffix(string name, string suffix)
    {
        var room = MaxLength - suffix.Length - 1;
        var head = name.Length > room ? name[..room].TrimEnd('-') : name;
        return $"{head}-{suffix}";
    }

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Dns1123Label();
}
