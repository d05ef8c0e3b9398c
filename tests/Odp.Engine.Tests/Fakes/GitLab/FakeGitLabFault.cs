namespace Odp.Engine.Tests.Fakes.GitLab;

/// <summary>
/// An answer to force on the next call matching <see cref="Method"/> and <see cref="Path"/> (under the project).
/// <see cref="AfterHandling"/>: the call is carried out first, then answered with <see cref="Status"/> (a lost answer).
/// </summary>
internal sealed record FakeGitLabFault(string Method, string Path, int Status, string? RetryAfter = null, bool AfterHandling = false);
