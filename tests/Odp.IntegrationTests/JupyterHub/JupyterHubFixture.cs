using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Odp.Engine.Integrations.Http;
using Odp.Engine.Integrations.JupyterHub;
using Odp.IntegrationTests.Services;

namespace Odp.IntegrationTests.JupyterHub;

/// <summary>
/// A real JupyterHub 3 (the Debian package) for the JupyterHub tests, started by scripts/jupyterhub-start on free
/// loopback ports in a fresh folder (under ODP_TEST_STATE_DIR when scripts/test sets it), with the service token
/// <see cref="Token"/>; stopped by scripts/jupyterhub-stop when the collection ends, whether its tests passed or not.
/// Fails, never skips, when jupyterhub is missing.
/// </summary>
public sealed class JupyterHubFixture : IAsyncLifetime
{
    private readonly string folder = Path.Combine(
        Environment.GetEnvironmentVariable("ODP_TEST_STATE_DIR") is { Length: > 0 } root ? root : Path.GetTempPath(),
        $"odp-jupyterhub-{Guid.NewGuid():N}");

    public int ProxyPort { get; } = FreePort.Next();

    public int HubPort { get; } = FreePort.Next();

    public int ProxyApiPort { get; } = FreePort.Next();

    public string Token { get; } = Guid.NewGuid().ToString("N");

    public string Url => $"http://127.0.0.1:{ProxyPort}";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        await Command.RunAsync("bash",
        [
            RepoRoot.Script("jupyterhub-start"), folder,
            Port(ProxyPort), Port(HubPort), Port(ProxyApiPort), Token,
        ]);
    }

    public async Task DisposeAsync()
    {
        try
        {
            await Command.RunAsync("bash", [RepoRoot.Script("jupyterhub-stop"), folder]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public JupyterHubOptions Settings(string? token = null) =>
        new() { Url = Url, Token = token ?? Token, ReadyTimeout = "60s" };

    /// <summary>A client as the engine builds it: the hub's base address, the token handler and the hub's resilience layer.</summary>
    public JupyterHubClient NewClient(string? token = null)
    {
        var options = Options.Create(Settings(token));
        var resilience = BackendResilienceHandler.Create(Backends.JupyterHub, TimeProvider.System);
        resilience.InnerHandler = new HttpClientHandler();
        var http = new HttpClient(new JupyterHubTokenHandler(options) { InnerHandler = resilience }) { BaseAddress = new Uri(Url + "/") };
        return new JupyterHubClient(http, options, TimeProvider.System);
    }

    /// <summary>
    /// GET <c>&lt;server&gt;api/status</c> with the service token, redirects not followed: 200 when the server runs and
    /// the token may access it (the hub answers a stopped server's URL with a redirect to its spawn page).
    /// </summary>
    public async Task<System.Net.HttpStatusCode> ServerStatusAsync(string serverUrl)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, serverUrl + "api/status");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("token", Token);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>
    /// <paramref name="user"/>'s server models on the hub keyed by name, stopped ones included
    /// (<c>?include_stopped_servers</c>, JupyterHub 3.0; the default server <c>""</c> is always listed).
    /// </summary>
    public async Task<JsonObject> ServersAsync(string user)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Url}/hub/api/users/{Uri.EscapeDataString(user)}?include_stopped_servers");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("token", Token);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return body?["servers"] as JsonObject ?? [];
    }

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);
}
