namespace Odp.Engine.Integrations.GitLab;

/// <summary>A commit: its sha, its page, and the id of its last pipeline when GitLab reports one.</summary>
public sealed record GitLabCommit(string Id, string? WebUrl, long? LastPipelineId);
