using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Odp.Engine.Access;
using Odp.Engine.Integrations.GitLab;

namespace Odp.Engine.Workspaces.GitOps;

/// <summary>
/// Follows the GitLab pipeline that applies the commit holding the team's workspace (recorded by
/// <see cref="GitOpsWorkspaceProvisioner"/>): GitLab's own pipeline for that commit, or one started on
/// <see cref="GitLabOptions.Branch"/> when there is none. In merge-request mode the commit is applied only once merged:
/// <see cref="MergeRequestGate"/> waits for that, then the pipeline followed is the one on
/// <see cref="GitLabOptions.TargetBranch"/> for the commit the merge made (one is started there when there is none). Done on <c>success</c>; throws
/// <see cref="GitOpsPipelineException"/> with the status and the pipeline's URL when it fails, is canceled or
/// skipped, or runs past <see cref="GitLabOptions.PipelineTimeout"/>. The pipeline id is stored, so a restart follows
/// the same pipeline instead of starting another. When it runs again after that pipeline failed or was canceled, the
/// failed jobs are retried in GitLab and the same pipeline is followed again. Used by the provisioning
/// <see cref="PipelineStep"/> and, after a grant ends, by the outbox (<c>OwedKind.FollowRollout</c>).
/// </summary>
public sealed class PipelineFollower(
    GitLabClient gitlab,
    IGitOpsStateStore states,
    MergeRequestGate merges,
    IOptions<GitLabOptions> options,
    TimeProvider time,
    ILogger<PipelineFollower> logger) : IWorkspaceRollout
{
    public async Task FollowAsync(string group, CancellationToken cancellationToken)
    {
        var state = await states.FindAsync(group, cancellationToken)
            ?? throw new InvalidOperationException($"No commit is recorded for the workspace of team '{group}'; the workspace step runs first.");
        var (sha, onTarget) = (state.CommitSha, options.Value.MergeRequest);
        if (onTarget) (state, sha) = await merges.MergedAsync(state, cancellationToken);
        var pipeline = state.PipelineId is { } id
            ? await gitlab.GetPipelineAsync(id, cancellationToken)
            : await FindOrStartAsync(sha, onTarget, cancellationToken);
        if (state.PipelineId != pipeline.Id) await states.SaveAsync(state with { PipelineId = pipeline.Id }, cancellationToken);
        else if (pipeline.IsRetryable)
        {
            pipeline = await gitlab.RetryPipelineAsync(pipeline.Id, cancellationToken);
            logger.LogInformation("Retrying the failed jobs of pipeline {Pipeline} for workspace {Workspace}", pipeline.Id, state.Workspace);
        }

        var deadline = time.GetUtcNow() + DurationText.Parse(options.Value.PipelineTimeout);
        var poll = DurationText.Parse(options.Value.PollInterval);
        while (!pipeline.IsFinished)
        {
            if (time.GetUtcNow() >= deadline) throw new GitOpsPipelineException(state.Workspace, pipeline, "did not finish in " + options.Value.PipelineTimeout);
            await Task.Delay(poll, time, cancellationToken);
            pipeline = await gitlab.GetPipelineAsync(pipeline.Id, cancellationToken);
        }

        if (pipeline.Status != GitLabPipeline.Success) throw new GitOpsPipelineException(state.Workspace, pipeline, "ended");
        logger.LogInformation("Pipeline {Pipeline} for workspace {Workspace} succeeded", pipeline.Id, state.Workspace);
    }

    /// <summary>
    /// The pipeline of <paramref name="sha"/>: any of its own on the branch, only one on the target branch when
    /// <paramref name="onTarget"/> (the branch's pipelines there only validate); else one started on that branch.
    /// </summary>
    private async Task<GitLabPipeline> FindOrStartAsync(string sha, bool onTarget, CancellationToken cancellationToken)
    {
        var gitRef = onTarget ? options.Value.TargetBranch : options.Value.Branch;
        if (!onTarget && (await gitlab.GetCommitAsync(sha, cancellationToken)).LastPipelineId is { } last)
            return await gitlab.GetPipelineAsync(last, cancellationToken);
        if (await gitlab.FindPipelineAsync(sha, onTarget ? gitRef : null, cancellationToken) is { } found) return found;
        var started = await gitlab.CreatePipelineAsync(gitRef, cancellationToken);
        logger.LogInformation("Started pipeline {Pipeline} on {Branch} for commit {Sha}", started.Id, gitRef, sha);
        return started;
    }
}
