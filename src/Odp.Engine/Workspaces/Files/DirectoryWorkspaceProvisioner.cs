using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Odp.Engine.Hosting;
using Odp.Engine.Integrations.Trino;
using Odp.Engine.Storage;

namespace Odp.Engine.Workspaces.Files;

/// <summary>
/// Writes a workspace's desired state as files under <c>&lt;root&gt;/&lt;workspace&gt;/</c> (root =
/// <c>Odp:Workspaces:Directory</c> or <c>&lt;data&gt;/workspaces</c>): Kubernetes manifests with a
/// kustomization for <c>kubectl apply -k</c> or GitOps, a README listing the grants, and one JupyterHub
/// named-server spec per member. Each file is written atomically and only when it changed; specs of
/// former members are deleted.
/// </summary>
public sealed partial class DirectoryWorkspaceProvisioner(
    IOptions<WorkspaceOptions> options,
    IOptions<TrinoOptions> trino,
    DataDirectory data,
    ILogger<DirectoryWorkspaceProvisioner> logger) : IWorkspaceProvisioner
{
    public string Root =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(options.Value.Directory) ? data.Combine("workspaces") : options.Value.Directory);

    public async Task<ProvisionedWorkspace> ProvisionAsync(WorkspaceSpec spec, CancellationToken cancellationToken)
    {
        Validate(spec);
        var context = WorkspaceContext.Create(spec, options.Value, trino.Value);
        var folder = Path.Combine(Root, spec.Name);
        var files = WorkspaceFiles.Render(context);

        var changed = 0;
        foreach (var (relative, content) in files)
        {
            var path = Path.Combine(folder, relative.Replace('/', Path.DirectorySeparatorChar));
            if (await AtomicFile.WriteIfChangedAsync(path, content, cancellationToken)) changed++;
        }
        var removed = DeleteFormerMembers(folder, files.Keys);

        if (changed + removed > 0)
            logger.LogInformation("Workspace {Workspace}: wrote {Changed} and removed {Removed} files in {Folder}", spec.Name, changed, removed, folder);
        else
            logger.LogDebug("Workspace {Workspace} in {Folder} already up to date", spec.Name, folder);

        return new ProvisionedWorkspace(spec.Name, context.Namespace, folder, context.JupyterUrls());
    }

    private static int DeleteFormerMembers(string folder, IEnumerable<string> expected)
    {
        var jupyterFolder = Path.Combine(folder, WorkspaceFiles.JupyterFolder);
        if (!System.IO.Directory.Exists(jupyterFolder)) return 0;
        var keep = expected
            .Where(f => f.StartsWith(WorkspaceFiles.JupyterFolder + "/", StringComparison.Ordinal))
            .Select(f => Path.GetFileName(f))
            .ToHashSet(StringComparer.Ordinal);
        var removed = 0;
        foreach (var file in System.IO.Directory.GetFiles(jupyterFolder, "*.json"))
        {
            if (keep.Contains(Path.GetFileName(file))) continue;
            File.Delete(file);
            removed++;
        }
        return removed;
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
