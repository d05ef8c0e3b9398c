using Odp.Engine.Integrations.GitLab;

namespace Odp.Engine.Workspaces.GitOps;

/// <summary>A workspace's pipeline ended other than <c>success</c>, or did not end in time.</summary>
public sealed class GitOpsPipelineException(string workspace, GitLabPipeline pipeline, string outcome)
    : Exception($"Pipeline {pipeline.Id} for workspace '{workspace}' {outcome} with status '{pipeline.Status}': {pipeline.WebUrl ?? "(no URL)"}")
{
    public GitLabPipeline Pipeline { get; } = pipeline;
}
