namespace Odp.Engine.Tests.Fakes.GitLab;

/// <summary>
/// A commit in the fake: the whole tree after it, the paths it touched, its first parent and, for a merge commit, the
/// merged branch's head (<see cref="MergedParent"/>).
/// </summary>
internal sealed record FakeGitLabCommit(
    string Sha, string? Parent, string Message, IReadOnlyDictionary<string, string> Files, IReadOnlySet<string> Touched, string? MergedParent = null)
{
    public IEnumerable<string> Parents => new[] { Parent, MergedParent }.OfType<string>();
}
