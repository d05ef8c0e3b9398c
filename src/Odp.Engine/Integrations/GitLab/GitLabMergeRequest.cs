namespace Odp.Engine.Integrations.GitLab;

/// <summary>
/// A merge request: its project-scoped <see cref="Iid"/>, its <see cref="State"/> (<c>opened</c>, <c>closed</c>,
/// <c>locked</c> while merging, <c>merged</c>), its page, and once merged the commit it made on the target branch:
/// <see cref="MergeCommitSha"/> (a merge commit), <see cref="SquashCommitSha"/> (squashed), or neither (fast-forward).
/// </summary>
public sealed record GitLabMergeRequest(
    long Iid, string SourceBranch, string TargetBranch, string? WebUrl,
    string State = GitLabMergeRequest.Opened, string? MergeCommitSha = null, string? SquashCommitSha = null)
{
    public const string Opened = "opened";
    public const string Closed = "closed";
    public const string Merged = "merged";
}
