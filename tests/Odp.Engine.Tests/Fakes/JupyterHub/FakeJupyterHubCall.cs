namespace Odp.Engine.Tests.Fakes.JupyterHub;

/// <summary>One request the fake hub answered: method, path under <c>/hub/api/</c> (decoded), query, body and status.</summary>
internal sealed record FakeJupyterHubCall(string Method, string Path, string Query, string Body, int Status);
