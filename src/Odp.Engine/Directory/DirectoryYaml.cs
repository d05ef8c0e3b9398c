namespace Odp.Engine.Directory;

// The shapes YamlDotNet fills from a directory file. Everything is nullable so that
// a missing field becomes a friendly validation error instead of a parser crash.

internal sealed class DirectoryDocument
{
    public List<UserEntry?>? Users { get; set; }
    public List<GroupEntry?>? Groups { get; set; }
}

internal sealed class UserEntry
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Email { get; set; }
    public List<string?>? Groups { get; set; }
    public bool? Disabled { get; set; }
}

internal sealed class GroupEntry
{
    public string? Id { get; set; }
    public string? Name { get; set; }
}
