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
public sealed class DirectoryWorkspaceProvisioner(
    IOptions<WorkspaceOptions> options,
    IOptions<TrinoOptions> trino,
    DataDirectory data,
    ILogger<DirectoryWorkspaceProvisioner> logger) : IWorkspaceProvisioner
{
    public string Root =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(options.Value.Directory) ? data.Combine("workspaces") : options.Value.Directory);

    public async Task<ProvisionedWorkspace> ProvisionAsync(WorkspaceSpec spec, CancellationToken cancellationToken)
    {
        var rendered = RenderedWorkspace.Render(spec, options.Value, trino.Value);
        var folder = Path.Combine(Root, spec.Name);
        var files = rendered.Files;

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

        return new ProvisionedWorkspace(spec.Name, rendered.Namespace, folder, rendered.JupyterUrls);
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
}
