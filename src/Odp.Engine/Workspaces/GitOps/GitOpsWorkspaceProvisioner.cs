using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Odp.Engine.Integrations.GitLab;
using Odp.Engine.Integrations.Trino;
using Odp.Engine.Workspaces.Files;

namespace Odp.Engine.Workspaces.GitOps;

/// <summary>
/// Commits a workspace's files (the same ones the directory mode writes) under <c>workspaces/&lt;name&gt;/</c> on
/// <see cref="GitLabOptions.Branch"/> as one commit: <c>create</c> for new files, <c>update</c> for changed ones,
/// <c>delete</c> for former members' Jupyter specs. Nothing changed, no commit. The commit holding the files is
/// recorded in <see cref="IGitOpsStateStore"/> for the <see cref="PipelineStep"/> (which, in merge-request mode, also
/// opens the merge request: see <see cref="MergeRequestGate"/>).
/// <para>
/// Idempotent across crashes: the actions are computed against what the branch holds, so a commit that landed
/// before a crash (or before a lost answer) leaves nothing to do and is found again instead of being repeated.
/// </para>
/// </summary>
public sealed class GitOpsWorkspaceProvisioner(
    GitLabClient gitlab,
    IGitOpsStateStore states,
    IOptions<GitLabOptions> options,
    IOptions<WorkspaceOptions> workspaceOptions,
    IOptions<TrinoOptions> trino,
    ILogger<GitOpsWorkspaceProvisioner> logger) : IWorkspaceProvisioner
{
    /// <summary>The folder in the project that holds every workspace's folder.</summary>
    public const string Root = "workspaces";

    private const int CommitAttempts = 3;

    public async Task<ProvisionedWorkspace> ProvisionAsync(WorkspaceSpec spec, CancellationToken cancellationToken)
    {
        var rendered = RenderedWorkspace.Render(spec, workspaceOptions.Value, trino.Value);
        var folder = $"{Root}/{spec.Name}";
        var sha = await CommitAsync(rendered, folder, cancellationToken);

        // The same commit keeps its pipeline and merge request; a new one has neither yet.
        var previous = await states.FindAsync(spec.Group, cancellationToken);
        var state = previous?.CommitSha == sha ? previous with { Group = spec.Group, Workspace = spec.Name } : new GitOpsState(spec.Group, spec.Name, sha, null);
        await states.SaveAsync(state, cancellationToken);

        var o = options.Value;
        var location = $"{o.Url.TrimEnd('/')}/{o.Project}/-/tree/{o.Branch}/{folder}";
        return new ProvisionedWorkspace(spec.Name, rendered.Namespace, location, rendered.JupyterUrls);
    }

    /// <summary>
    /// Commits what differs and returns the commit that holds the files. A commit call that failed transiently may
    /// still have landed, so it is never resent as is: the differences are computed again first.
    /// </summary>
    private async Task<string> CommitAsync(RenderedWorkspace rendered, string folder, CancellationToken cancellationToken)
    {
        var o = options.Value;
        for (var attempt = 1; ; attempt++)
        {
            var head = await gitlab.GetBranchHeadAsync(o.Branch, cancellationToken);
            var gitRef = head is null ? o.TargetBranch : o.Branch;
            var actions = await DiffAsync(rendered, folder, gitRef, cancellationToken);
            if (actions.Count == 0)
            {
                logger.LogDebug("Workspace {Workspace} already up to date on {Ref}", rendered.Name, gitRef);
                var last = await gitlab.GetLastCommitAsync(gitRef, folder, cancellationToken)
                    ?? throw new InvalidOperationException($"GitLab lists no commit for {folder} on {gitRef} although its files are there.");
                return last.Id;
            }

            var request = new GitLabCommitRequest(o.Branch, head is null ? o.TargetBranch : null, Message(rendered, actions), actions);
            try
            {
                var commit = await gitlab.CreateCommitAsync(request, cancellationToken);
                logger.LogInformation("Workspace {Workspace}: committed {Count} changes as {Sha} on {Branch}", rendered.Name, actions.Count, commit.Id, o.Branch);
                return commit.Id;
            }
            catch (GitLabException e) when (e.IsTransient && attempt < CommitAttempts)
            {
                logger.LogWarning("Workspace {Workspace}: the commit failed (HTTP {Status}); checking whether it landed", rendered.Name, e.Status);
            }
        }
    }

    private async Task<List<GitLabCommitAction>> DiffAsync(RenderedWorkspace rendered, string folder, string gitRef, CancellationToken cancellationToken)
    {
        var existing = (await gitlab.ListFilesAsync(folder, gitRef, cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var actions = new List<GitLabCommitAction>();
        foreach (var (relative, content) in rendered.Files)
        {
            var path = $"{folder}/{relative}";
            if (!existing.Contains(path)) actions.Add(GitLabCommitAction.Create(path, content));
            else if (await gitlab.GetFileAsync(path, gitRef, cancellationToken) != content) actions.Add(GitLabCommitAction.Update(path, content));
        }
        var jupyter = $"{folder}/{WorkspaceFiles.JupyterFolder}/";
        foreach (var path in existing.Order(StringComparer.Ordinal))
        {
            var former = path.StartsWith(jupyter, StringComparison.Ordinal) && path.EndsWith(".json", StringComparison.Ordinal)
                && !rendered.Files.ContainsKey(path[(folder.Length + 1)..]);
            if (former) actions.Add(GitLabCommitAction.Delete(path));
        }
        return actions;
    }

    private static string Message(RenderedWorkspace rendered, IReadOnlyList<GitLabCommitAction> actions)
    {
        var counts = string.Join(", ", actions.GroupBy(a => a.Action).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}"));
        return $"Workspace {rendered.Name}: {counts}\n\nWritten by OpenDataPlane for namespace {rendered.Namespace}.";
    }
}
