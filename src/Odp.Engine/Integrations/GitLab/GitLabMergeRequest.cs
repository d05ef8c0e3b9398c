namespace Odp.Engine.Integrations.GitLab;

/// <summary>A merge request: its project-scoped <see cref="Iid"/> and its page.</summary>
public sealed record GitLabMergeRequest(long Iid, string SourceBranch, string TargetBranch, string? WebUrl);
