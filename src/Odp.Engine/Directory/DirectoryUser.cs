namespace Odp.Engine.Directory;

public sealed record DirectoryUser(string Id, string Name, string Email, IReadOnlyList<string> Groups);
