namespace Odp.Engine.Workspaces;

/// <summary>A team's workspace as last provisioned. Created on the team's first approval, reused after that.</summary>
public sealed record WorkspaceRecord(
    string Group,
    string Name,
    string Namespace,
    string Location,
    IReadOnlyDictionary<string, string> JupyterUrls,
    IReadOnlyList<string> Members,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
