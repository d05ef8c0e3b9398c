using System.Text.RegularExpressions;
using Odp.Engine.Integrations.Trino;

namespace Odp.Engine.Workspaces.Files;

/// <summary>
/// A workspace's desired state in memory: its namespace, its files (relative path with '/' → content, see
/// <see cref="WorkspaceFiles"/>) and each member's Jupyter URL. Every provisioner that writes files (a folder, a Git
/// project) starts from here, so they all write the same bytes.
/// </summary>
internal sealed partial record RenderedWorkspace(
    string Name,
    string Namespace,
    IReadOnlyDictionary<string, string> Files,
    IReadOnlyDictionary<string, string> JupyterUrls)
{
    /// <summary>Validates the spec (name, group, members usable as file names) and renders it.</summary>
    public static RenderedWorkspace Render(WorkspaceSpec spec, WorkspaceOptions options, TrinoOptions trino)
    {
        Validate(spec);
        var context = WorkspaceContext.Create(spec, options, trino);
        return new RenderedWorkspace(spec.Name, context.Namespace, WorkspaceFiles.Render(context), context.JupyterUrls());
    }

    private static void Validate(WorkspaceSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        WorkspaceNames.Validate(spec.Name, nameof(spec));
        if (string.IsNullOrWhiteSpace(spec.Group))
            throw new ArgumentException($"Workspace '{spec.Name}' has no team group.", nameof(spec));
        foreach (var member in spec.Members)
        {
            if (!SafeUserName().IsMatch(member))
                throw new ArgumentException(
                    $"Member '{member}' of workspace '{spec.Name}' cannot name a file: use letters, digits, '.', '_', '@' or '-', not starting with '.'.",
                    nameof(spec));
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9_@-][A-Za-z0-9._@-]{0,127}$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeUserName();
}
