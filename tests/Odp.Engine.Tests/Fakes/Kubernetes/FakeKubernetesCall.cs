namespace Odp.Engine.Tests.Fakes.Kubernetes;

/// <summary>One request the fake API server answered: method, path (no query), query string and status code.</summary>
public sealed record FakeKubernetesCall(string Method, string Path, string Query, int Status);
