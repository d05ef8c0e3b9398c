namespace Odp.Engine.Tests.Fakes.GitLab;

/// <summary>A commit in the fake: the whole tree after it, and the paths it touched.</summary>
internal sealed record FakeGitLabCommit(string Sha, string? Parent, string Message, IReadOnlyDictionary<string, string> Files, IReadOnlySet<string> Touched);
