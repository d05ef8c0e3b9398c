namespace Odp.Bot.Api.Workspaces;

/// <summary>
/// One of the caller's teams and its workspace. <see cref="Provisioned"/> is false until the team's first request is
/// approved; then the workspace fields are set. <see cref="JupyterUrl"/> is the caller's own server, if any.
/// </summary>
public sealed record WorkspaceView(
    string Team,
    bool Provisioned,
    string? Name,
    string? Namespace,
    string? Location,
    string? JupyterUrl,
    IReadOnlyList<string> Members,
    IReadOnlyList<GrantView> Grants);
