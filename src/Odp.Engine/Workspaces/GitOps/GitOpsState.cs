namespace Odp.Engine.Workspaces.GitOps;

/// <summary>
/// Where a team's workspace stands in Git: the commit that holds its current files and, once the pipeline step
/// found or started it, the pipeline that applies it. In merge-request mode also the merge request that commit waits
/// on (<see cref="MergeRequestIid"/>), until it is merged or found closed.
/// </summary>
public sealed record GitOpsState(string Group, string Workspace, string CommitSha, long? PipelineId, long? MergeRequestIid = null);
