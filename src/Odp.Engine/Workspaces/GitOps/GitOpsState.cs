namespace Odp.Engine.Workspaces.GitOps;

/// <summary>
/// Where a team's workspace stands in Git: the commit that holds its current files and, once the pipeline step
/// found or started it, the pipeline for that commit.
/// </summary>
public sealed record GitOpsState(string Group, string Workspace, string CommitSha, long? PipelineId);
