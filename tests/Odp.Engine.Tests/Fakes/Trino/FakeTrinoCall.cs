namespace Odp.Engine.Tests.Fakes.Trino;

/// <summary>One request the fake Trino received: method, path, the session user, the auth header and the other headers.</summary>
internal sealed record FakeTrinoCall(
    string Method, string Path, string? User, string? Authorization, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public override string ToString() => $"{Method} {Path} as {User ?? "(nobody)"}{(Body.Length > 0 ? ": " + Body : "")}";
}
