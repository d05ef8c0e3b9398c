using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Odp.Engine.Access;
using Odp.Engine.Integrations.Http;

namespace Odp.Engine.Integrations.JupyterHub;

/// <summary>
/// The JupyterHub 3 REST API (<c>/hub/api</c>) for members' named servers. The hub's base address and token come from
/// <see cref="JupyterHubOptions"/> (see <see cref="JupyterHubTokenHandler"/>). Failed reads are resent by the client's
/// resilience layer (<c>Odp:Resilience:JupyterHub</c>); creating a user and starting or stopping a server are sent once
/// (and idempotent at this level instead: already there, running and stopped are fine), as the provisioning step and
/// the outbox retry them with their own backoff and alerts.
/// </summary>
public sealed class JupyterHubClient(HttpClient http, IOptions<JupyterHubOptions> options, TimeProvider time)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    private JupyterHubOptions Settings => options.Value;

    /// <summary>Creates the hub user unless it exists (201 or 409).</summary>
    public async Task EnsureUserAsync(string user, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync(UserPath(user), content: null, cancellationToken);
        if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict) return;
        throw await FailureAsync(response, $"creating the hub user {user}", cancellationToken);
    }

    /// <summary>
    /// Starts <paramref name="user"/>'s named server with <paramref name="userOptions"/> (already running or already
    /// starting is fine) and waits, up to <see cref="JupyterHubOptions.ReadyTimeout"/>, until it is ready. Returns the
    /// URL the hub gives for it (see <see cref="JupyterHubOptions.PublicUrlOf"/>).
    /// </summary>
    public async Task<string> StartServerAsync(string user, string server, JsonObject userOptions, CancellationToken cancellationToken)
    {
        using (var response = await http.PostAsJsonAsync(ServerPath(user, server), userOptions, cancellationToken))
        {
            if (response.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.Accepted))
            {
                var message = await HubMessageAsync(response, cancellationToken);
                if (!(response.StatusCode == HttpStatusCode.BadRequest && message?.Contains("already running", StringComparison.OrdinalIgnoreCase) == true))
                    throw Failure(response.StatusCode, message, $"starting {user}'s server {server}");
            }
        }
        var ready = await WaitAsync(user, server, s => s is { Ready: true, Pending: null }, "ready", cancellationToken);
        return ready!.Url;
    }

    /// <summary>The named server's state, or null when the hub has no such user or the server isn't running.</summary>
    public Task<JupyterServerState?> GetServerAsync(string user, string server, CancellationToken cancellationToken) =>
        FindServerAsync(user, server, includeStopped: false, cancellationToken);

    /// <summary>
    /// The named server's state, or null when the hub has no such user or server; <paramref name="includeStopped"/>
    /// also finds a stopped server that was not removed (<c>?include_stopped_servers</c>, JupyterHub 3.0+).
    /// </summary>
    public async Task<JupyterServerState?> FindServerAsync(string user, string server, bool includeStopped, CancellationToken cancellationToken)
    {
        var path = includeStopped ? UserPath(user) + "?include_stopped_servers" : UserPath(user);
        using var response = await http.GetAsync(path, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound) return null;
        if (!response.IsSuccessStatusCode) throw await FailureAsync(response, $"reading the hub user {user}", cancellationToken);

        var body = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
        // The 3.0 spec calls servers an array; the hub returns an object keyed by server name.
        if (body?["servers"] is not JsonObject servers || servers[server] is not JsonObject model) return null;
        // The hub's own link (full_url with a public_url set, else its path, which carries the hub's base_url).
        var link = model["full_url"]?.GetValue<string>() ?? model["url"]?.GetValue<string>();
        return new JupyterServerState(
            server,
            model["ready"]?.GetValue<bool>() ?? false,
            model["pending"]?.GetValue<string>(),
            string.IsNullOrEmpty(link) ? Settings.ServerUrl(user, server) : Settings.PublicUrlOf(link));
    }

    /// <summary>
    /// Stops the named server (already stopped or unknown is fine) and waits until it is gone;
    /// <paramref name="remove"/> also deletes it.
    /// </summary>
    public async Task StopServerAsync(string user, string server, bool remove, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, ServerPath(user, server)).Resend(RequestResend.Once);
        // With a Content-Length: behind the hub's proxy a chunked DELETE body is dropped, and the server is only stopped.
        if (remove) request.Content = new StringContent("""{"remove":true}""", Encoding.UTF8, "application/json");
        using (var response = await http.SendAsync(request, cancellationToken))
        {
            if (response.StatusCode == HttpStatusCode.NotFound) return;
            if (response.StatusCode is not (HttpStatusCode.NoContent or HttpStatusCode.Accepted))
            {
                var message = await HubMessageAsync(response, cancellationToken);
                if (!(response.StatusCode == HttpStatusCode.BadRequest && message?.Contains("not running", StringComparison.OrdinalIgnoreCase) == true))
                    throw Failure(response.StatusCode, message, $"stopping {user}'s server {server}");
            }
        }
        await WaitAsync(user, server, s => s is null || (!s.Ready && s.Pending is null), "stopped", cancellationToken);
    }

    private async Task<JupyterServerState?> WaitAsync(string user, string server, Func<JupyterServerState?, bool> done, string what, CancellationToken cancellationToken)
    {
        var timeout = DurationText.Parse(Settings.ReadyTimeout);
        var deadline = time.GetUtcNow() + timeout;
        while (true)
        {
            var state = await GetServerAsync(user, server, cancellationToken);
            if (done(state)) return state;
            if (time.GetUtcNow() >= deadline)
            {
                throw new JupyterHubException(
                    $"{user}'s Jupyter server {server} was not {what} within {DurationText.Format(timeout)} (it is {state?.Describe() ?? "gone"}); " +
                    $"see the hub's log, or raise {JupyterHubOptions.Section}:ReadyTimeout.");
            }
            await Task.Delay(PollInterval, time, cancellationToken);
        }
    }

    private static string UserPath(string user) => $"hub/api/users/{Uri.EscapeDataString(user)}";

    private static string ServerPath(string user, string server) => $"{UserPath(user)}/servers/{Uri.EscapeDataString(server)}";

    private static async Task<JupyterHubException> FailureAsync(HttpResponseMessage response, string doing, CancellationToken cancellationToken) =>
        Failure(response.StatusCode, await HubMessageAsync(response, cancellationToken), doing);

    private static JupyterHubException Failure(HttpStatusCode status, string? message, string doing) =>
        new($"JupyterHub answered {(int)status} {status} {doing}{(message is null ? "" : ": " + message)}", status, message);

    /// <summary>The hub's error text: <c>message</c> from its JSON body, else the body itself (bounded), else null.</summary>
    private static async Task<string?> HubMessageAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text)) return null;
        try
        {
            if (JsonNode.Parse(text) is JsonObject o && o["message"]?.GetValue<string>() is { } m) return m;
        }
        catch (System.Text.Json.JsonException)
        {
            // Not JSON: fall through to the raw text.
        }
        return text.Length > 500 ? text[..500] : text;
    }
}
