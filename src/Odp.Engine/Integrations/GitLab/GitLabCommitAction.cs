namespace Odp.Engine.Integrations.GitLab;

/// <summary>One <c>actions[]</c> item of a commit: <c>create</c>, <c>update</c> or <c>delete</c> a file.</summary>
public sealed record GitLabCommitAction(string Action, string FilePath, string? Content)
{
    public static GitLabCommitAction Create(string path, string content) => new("create", path, content);

    public static GitLabCommitAction Update(string path, string content) => new("update", path, content);

    public static GitLabCommitAction Delete(string path) => new("delete", path, null);
}
