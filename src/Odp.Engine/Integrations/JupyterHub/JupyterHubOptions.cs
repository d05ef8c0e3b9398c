namespace Odp.Engine.Integrations.JupyterHub;

/// <summary>
/// The JupyterHub that runs one named server per member and workspace. Enabled when <see cref="Url"/> and
/// <see cref="Token"/> are set; the token belongs to a hub service with the role and pre-spawn hook of
/// <c>deploy/jupyterhub/odp_hub.py</c> (scopes <c>admin:users</c>, <c>admin:servers</c>, <c>list:users</c>,
/// <c>read:users</c>, <c>read:servers</c>).
/// </summary>
public sealed class JupyterHubOptions
{
    public const string Section = "Odp:JupyterHub";

    /// <summary>The hub's base URL for the REST API, e.g. <c>http://127.0.0.1:8000</c> (the API is <c>&lt;Url&gt;/hub/api</c>).</summary>
    public string Url { get; set; } = "";

    /// <summary>The service's API token, sent as <c>Authorization: token …</c>. Never logged.</summary>
    public string Token { get; set; } = "";

    /// <summary>What members open in a browser. Empty means <see cref="Url"/>.</summary>
    public string PublicUrl { get; set; } = "";

    /// <summary>How long a starting (or stopping) server may take, e.g. <c>60s</c>.</summary>
    public string ReadyTimeout { get; set; } = "60s";

    /// <summary>
    /// What happens to a member's named server when their last live grant in the workspace ends (revoked or expired):
    /// false (the default) stops it, true also removes it from the hub (<c>DELETE …/servers/&lt;name&gt;</c> with
    /// <c>{"remove": true}</c>), so it no longer shows in the hub; the spawner decides what becomes of its storage.
    /// </summary>
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
