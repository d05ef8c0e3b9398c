using System.Text;
using System.Text.RegularExpressions;

namespace Odp.Engine.Workspaces.Files;

/// <summary>The recommended <c>app.kubernetes.io/*</c> labels plus ODP's own, put on every object.</summary>
internal static partial class WorkspaceLabels
{
    public const string ManagedBy = "app.kubernetes.io/managed-by";
    public const string PartOf = "app.kubernetes.io/part-of";
    public const string Workspace = "odp.dev/workspace";
    public const string Team = "odp.dev/team";

    /// <summary>Annotation carrying the exact group id, which may not be a valid label value.</summary>
    public const string GroupAnnotation = "odp.dev/group";

    public static Dictionary<string, string> For(WorkspaceContext context) => new()
    {
        [ManagedBy] = "odp",
        [PartOf] = "opendataplane",
        [Workspace] = context.Name,
        [Team] = LabelValue(context.Spec.Group),
    };

    /// <summary>
    /// A label value: at most 63 characters of <c>[A-Za-z0-9-_.]</c>, alphanumeric at both ends.
    /// Other characters become '-'; a value that stays invalid becomes the workspace-style name.
    /// </summary>
    public static string LabelValue(string value)
    {
        if (ValidLabelValue().IsMatch(value) && value.Length <= 63) return value;
        var builder = new StringBuilder(value.Length);
        foreach (var c in value) builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-');
        var cleaned = builder.ToString();
        if (cleaned.Length > 63) cleaned = cleaned[..63];
        cleaned = cleaned.Trim('-', '_', '.');
        return cleaned.Length > 0 ? cleaned : "unnamed";
    }

    [GeneratedRegex("^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ValidLabelValue();
}
