namespace Odp.Engine.Directory;

/// <summary>The people behind a dataset's owners, plus the owner entries that named nobody the directory knows.</summary>
public sealed record OwnerResolution(IReadOnlyList<DirectoryUser> Users, IReadOnlyList<string> Unresolved);
