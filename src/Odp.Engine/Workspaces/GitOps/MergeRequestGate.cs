using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Odp.Engine.Integrations.GitLab;
using Odp.Engine.Workspaces.Provisioning;

namespace Odp.Engine.Workspaces.GitOps;

/// <summary>
/// Merge-request mode (<see cref="GitLabOptions.MergeRequest"/>): a workspace commit on <see cref="GitLabOptions.Branch"/>
/// is applied only once it is merged into <see cref="GitLabOptions.TargetBranch"/>. Each look, in order:
/// <list type="bullet">
/// <item>the merge request the commit waits on (recorded in <see cref="GitOpsState.MergeRequestIid"/>) is merged, or
/// the target branch contains the commit: returns the commit on the target branch whose pipeline applies it (the
/// merge or squash commit, else the commit itself);</item>
/// <item>a merge request from the branch is open: records it and throws <see cref="StepWaitingException"/>
/// ("waiting for merge of !N &lt;link&gt;");</item>
/// <item>the recorded one was closed without merging: forgets it and throws <see cref="StepFailedException"/>, so the
/// ticket fails; the next look (<c>/odp retry</c>) finds none recorded and opens a new one;</item>
/// <item>otherwise opens one, records it and waits.</item>
/// </list>
/// </summary>
public sealed class MergeRequestGate(GitLabClient gitlab, IGitOpsStateStore states, IOptions<GitLabOptions> options, ILogger<MergeRequestGate> logger)
{
    public const string Title = "OpenDataPlane workspaces";

    /// <summary>The state (as recorded now) and the commit on the target branch whose pipeline applies the workspace.</summary>
    public async Task<(GitOpsState State, string Sha)> MergedAsync(GitOpsState state, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var recorded = state.MergeRequestIid is { } iid ? await gitlab.GetMergeRequestAsync(iid, cancellationToken) : null;
        if (recorded is { State: GitLabMergeRequest.Merged } merged)
            return (state, merged.MergeCommitSha ?? merged.SquashCommitSha ?? state.CommitSha);
        if (await gitlab.BranchContainsAsync(o.TargetBranch, state.CommitSha, cancellationToken)) return (state, state.CommitSha);

        var open = recorded is { State: not GitLabMergeRequest.Closed } ? recorded : await gitlab.FindOpenMergeRequestAsync(o.Branch, cancellationToken);
        if (open is null && recorded is { State: GitLabMergeRequest.Closed } closed)
        {
            await states.SaveAsync(state with { MergeRequestIid = null }, cancellationToken);
            throw new StepFailedException(
                $"Merge request !{closed.Iid} was closed without merging, so workspace '{state.Workspace}' was not applied; "
                + $"/odp retry opens a new one. {closed.WebUrl}".TrimEnd());
        }
        if (open is null)
        {
            open = await gitlab.CreateMergeRequestAsync(o.Branch, o.TargetBranch, Title, cancellationToken);
            logger.LogInformation("Opened merge request !{Iid} from {Branch} to {Target}", open.Iid, o.Branch, o.TargetBranch);
        }
        if (state.MergeRequestIid != open.Iid) await states.SaveAsync(state with { MergeRequestIid = open.Iid }, cancellationToken);
        throw new StepWaitingException($"waiting for merge of !{open.Iid} {open.WebUrl}".TrimEnd());
    }
}
