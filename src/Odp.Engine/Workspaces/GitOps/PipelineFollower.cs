using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Odp.Engine.Access;
using Odp.Engine.Integrations.GitLab;

namespace Odp.Engine.Workspaces.GitOps;

/// <summary>
/// Follows the GitLab pipeline of the commit that holds the team's workspace (recorded by
/// <see cref="GitOpsWorkspaceProvisioner"/>): GitLab's own pipeline for that commit, or one started on
/// <see cref="GitLabOptions.Branch"/> when there is none. Done on <c>success</c>; throws
/// <see cref="GitOpsPipelineException"/> with the status and the pipeline's URL when it fails, is canceled or
/// skipped, or runs past <see cref="GitLabOptions.PipelineTimeout"/>. The pipeline id is stored, so a restart follows
/// the same pipeline instead of starting another. When it runs again after that pipeline failed or was canceled, the
/// failed jobs are retried in GitLab and the same pipeline is followed again. Used by the provisioning
/// <see cref="PipelineStep"/> and, after a grant ends, by the outbox (<c>OwedKind.FollowRollout</c>).
/// </summary>
public sealed class PipelineFollower(
    GitLabClient gitlab,
    IGitOpsStateStore states,
    IOptions<GitLabOptions> options,
    TimeProvider time,
    ILogger<PipelineFollower> logger) : IWorkspaceRollout
{
    public async Task FollowAsync(string group, CancellationToken cancellationToken)
    {
        var state = await states.FindAsync(group, cancellationToken)
            ?? throw new InvalidOperationException($"No commit is recorded for the workspace of team '{group}'; the workspace step runs first.");
        var pipeline = state.PipelineId is { } id
            ? await gitlab.GetPipelineAsync(id, cancellationToken)
            : await FindOrStartAsync(state.CommitSha, cancellationToken);
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

    private async Task<GitLabPipeline> FindOrStartAsync(string sha, CancellationToken cancellationToken)
    {
        var commit = await gitlab.GetCommitAsync(sha, cancellationToken);
        if (commit.LastPipelineId is { } last) return await gitlab.GetPipelineAsync(last, cancellationToken);
        if (await gitlab.FindPipelineAsync(sha, cancellationToken) is { } found) return found;
        var started = await gitlab.CreatePipelineAsync(options.Value.Branch, cancellationToken);
        logger.LogInformation("Started pipeline {Pipeline} on {Branch} for commit {Sha}", started.Id, options.Value.Branch, sha);
        return started;
    }
}
