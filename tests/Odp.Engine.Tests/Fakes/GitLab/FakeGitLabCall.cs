namespace Odp.Engine.Tests.Fakes.GitLab;

/// <summary>One call the fake answered: method, path under the project (decoded segments, no query), query, body, status.</summary>
internal sealed record FakeGitLabCall(string Method, string Path, string Query, string Body, int Status);
