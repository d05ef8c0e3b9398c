using Odp.Engine.Access;

namespace Odp.Engine.Workspaces;

/// <summary>
/// The desired state of a team's workspace: the team (a directory group), the users who hold grants in it,
/// and those grants. <see cref="Name"/> is a DNS-1123 label.
/// </summary>
public sealed record WorkspaceSpec(string Name, string Group, IReadOnlyList<string> Members, IReadOnlyList<Grant> Grants);
