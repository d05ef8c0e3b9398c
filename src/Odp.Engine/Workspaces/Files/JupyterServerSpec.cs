using System.Text.Json.Serialization;

namespace Odp.Engine.Workspaces.Files;

/// <summary>
/// A member's JupyterHub named server in a workspace (<c>jupyterhub/&lt;user&gt;.json</c>): start it with
/// <c>POST /hub/api/users/{user}/servers/{server}</c> and body <see cref="UserOptions"/>; <see cref="Env"/>
/// is what the spawner should set in the notebook so the Trino client connects as the member.
/// </summary>
public sealed record JupyterServerSpec(
    [property: JsonPropertyName("user")] string User,
    [property: JsonPropertyName("server")] string Server,
    [property: JsonPropertyName("user_options")] IReadOnlyDictionary<string, string> UserOptions,
    [property: JsonPropertyName("env")] IReadOnlyDictionary<string, string> Env);
