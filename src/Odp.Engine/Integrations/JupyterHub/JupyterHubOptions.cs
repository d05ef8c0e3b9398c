using Odp.Engine.Settings;

namespace Odp.Engine.Integrations.JupyterHub;

/// <summary>
/// The JupyterHub that runs one named server per member and workspace. Enabled when <see cref="Url"/> and
/// <see cref="Token"/> are set; the token belongs to a hub service with the role and pre-spawn hook of
/// <c>deploy/jupyterhub/odp_hub.py</c> (scopes <c>admin:users</c>, <c>admin:servers</c>, <c>list:users</c>,
/// <c>read:users</c>, <c>read:servers</c>).
/// </summary>
[Setting("JupyterHub, which runs one named server per member and workspace; on when `Url` and `Token` are set.")]
public sealed class JupyterHubOptions
{
    public const string Section = "Odp:JupyterHub";

    [Setting("The hub's base URL for the REST API, e.g. `http://127.0.0.1:8000` (the API is `<Url>/hub/api`); with `Token`, "
        + "each member's Jupyter server is started on the hub as a provisioning step.")]
    public string Url { get; set; } = "";

    [Setting("The API token of a hub service whose role has `admin:users`, `admin:servers` and `access:servers`, sent as "
        + "`Authorization: token …`.", Secret = true)]
    public string Token { get; set; } = "";

    [Setting("What members open in a browser: links use the server path the hub returns, on this URL.", Default = "`Url`")]
    public string PublicUrl { get; set; } = "";

    [Setting("How long a starting (or stopping) server may take.")]
    [Duration]
    public string ReadyTimeout { get; set; } = "60s";

    [Setting("When a member's last live grant in a workspace is revoked or expires, their named server is stopped; `true` "
        + "also removes it from the hub (`DELETE …/servers/<name>` with `{\"remove\": true}`; the spawner decides what "
        + "becomes of its storage). Owed until done: after a crash or a hub outage the worker's next passes do it (gitops: "
        + "it also follows the revocation commit's pipeline).")]
    public bool RemoveServerOnLastRevoke { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Url) && !string.IsNullOrWhiteSpace(Token);

    /// <summary>The base members' server URLs start with, without a trailing slash.</summary>
    public string PublicBase => (string.IsNullOrWhiteSpace(PublicUrl) ? Url : PublicUrl).TrimEnd('/');

    /// <summary>
    /// The URL of <paramref name="user"/>'s named server <paramref name="server"/> when the hub did not say:
    /// <c>&lt;PublicUrl&gt;/user/&lt;u&gt;/&lt;name&gt;/</c>.
    /// </summary>
    public string ServerUrl(string user, string server) =>
        $"{PublicBase}/user/{Uri.EscapeDataString(user)}/{Uri.EscapeDataString(server)}/";

    /// <summary>
    /// What members open for a server the hub links as <paramref name="hubLink"/>: an absolute http(s) link as is; a
    /// path (like <c>/jupyter/user/u/name/</c>, which carries the hub's <c>base_url</c>) on <see cref="PublicBase"/>'s
    /// host — under <see cref="PublicBase"/>'s path only when the hub's path does not already start with it.
    /// </summary>
    public string PublicUrlOf(string hubLink)
    {
        ArgumentNullException.ThrowIfNull(hubLink);
        if (Uri.TryCreate(hubLink, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https") return absolute.AbsoluteUri;
        var path = hubLink.StartsWith('/') ? hubLink : "/" + hubLink;
        var publicBase = new Uri(PublicBase + "/");
        var prefix = publicBase.AbsolutePath.TrimEnd('/');
        return path.StartsWith(prefix + "/", StringComparison.Ordinal) ? publicBase.GetLeftPart(UriPartial.Authority) + path : PublicBase + path;
    }
}
