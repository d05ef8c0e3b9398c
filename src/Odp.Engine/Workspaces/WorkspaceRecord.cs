namespace Odp.Engine.Workspaces;

/// <summary>
/// A team's workspace as last provisioned. Created on the team's first approval, reused after that.
/// <see cref="JupyterUrls"/> are the links the provisioner derives from <c>Odp:Workspaces:JupyterUrl</c>;
/// <see cref="ServerUrls"/> are the links JupyterHub gave when it started each member's server, kept across
/// re-provisioning for as long as the member is in the workspace. <see cref="JupyterUrlOf"/> picks the right one.
/// </summary>
public sealed record WorkspaceRecord(
    string Group,
    string Name,
    string Namespace,
    string Location,
    IReadOnlyDictionary<string, string> JupyterUrls,
    IReadOnlyList<string> Members,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyDictionary<string, string> ServerUrls)
{
    /// <summary>The link <paramref name="user"/> opens: their server's URL as the hub gave it, else the derived one.</summary>
    public string? JupyterUrlOf(string user) => ServerUrls.GetValueOrDefault(user) ?? JupyterUrls.GetValueOrDefault(user);
}
