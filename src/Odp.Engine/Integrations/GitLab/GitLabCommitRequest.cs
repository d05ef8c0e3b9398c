namespace Odp.Engine.Integrations.GitLab;

/// <summary>A commit to create on <see cref="Branch"/>; <see cref="StartBranch"/> when the branch does not exist yet.</summary>
public sealed record GitLabCommitRequest(string Branch, string? StartBranch, string Message, IReadOnlyList<GitLabCommitAction> Actions);
