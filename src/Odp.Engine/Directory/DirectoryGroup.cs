namespace Odp.Engine.Directory;

public sealed record DirectoryGroup(string Id, string Name);
