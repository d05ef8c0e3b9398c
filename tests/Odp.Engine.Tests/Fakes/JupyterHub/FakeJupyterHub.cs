using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Odp.Engine.Integrations.Http;
using Odp.Engine.Integrations.JupyterHub;

namespace Odp.Engine.Tests.Fakes.JupyterHub;

/// <summary>
/// JupyterHub 3.0's REST API (<c>/hub/api</c>) for users and named servers on Kestrel, as its handlers answer
/// (<c>jupyterhub/apihandlers/users.py</c>, see <c>protocols/jupyterhub.md</c>): <c>POST users/u</c> 201 or 409;
/// <c>GET users/u</c> with <c>servers</c> as an object of the active servers (all with <c>include_stopped_servers</c>);
/// <c>POST users/u/servers/s</c> 201 when ready at once, else 202 and ready after <see cref="SpawnPolls"/> GETs of the
/// user, 400 "already running"; <c>DELETE users/u/servers/s</c> 204, or 202 while stopping for <see cref="StopPolls"/>
/// GETs, <c>{"remove": true}</c> deletes the server (only when sent with a Content-Length, as through the hub's
/// proxy). Errors are <c>{"status", "message"}</c>; 403 without the token.
/// <see cref="FailNext"/> scripts failures; <see cref="Calls"/>, <see cref="Users"/>, <see cref="Servers"/> and
/// <see cref="Spawns"/> show what happened.
/// </summary>
internal sealed class FakeJupyterHub : IAsyncDisposable
{
    public const string Token = "fake-hub-service-token";

    private readonly Lock gate = new();
    private readonly List<FakeJupyterHubCall> calls = [];
    private readonly List<Fault> faults = [];
    private readonly Dictionary<string, List<FakeJupyterServer>> users = new(StringComparer.Ordinal);
    private int spawns;
    private readonly TaskCompletionSource firstSpawn = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private LoopbackServer? server;

    /// <summary><c>http://127.0.0.1:&lt;port&gt;</c>, no trailing slash (the hub's <c>Url</c> setting).</summary>
    public string Url { get; private set; } = "";

    /// <summary>GETs of the user a spawn stays pending for; 0 answers the POST 201 with the server ready.</summary>
    public int SpawnPolls { get; set; }

    /// <summary>GETs of the user a stop stays pending for; 0 answers the DELETE 204 with the server stopped.</summary>
    public int StopPolls { get; set; }

    /// <summary>
    /// The hub's <c>base_url</c>, which prefixes the <c>url</c> of each server model (e.g. <c>/jupyter/</c>); the API
    /// stays under <c>/hub/api</c> here, as if the proxy routed it.
    /// </summary>
    public string BaseUrl { get; set; } = "/";

    public IReadOnlyList<FakeJupyterHubCall> Calls { get { lock (gate) return [.. calls]; } }

    /// <summary>The hub's users, in the order they were created.</summary>
    public IReadOnlyList<string> Users { get { lock (gate) return [.. users.Keys]; } }

    /// <summary>Every named server the hub knows (running or stopped, not removed).</summary>
    public IReadOnlyList<FakeJupyterServer> Servers { get { lock (gate) return [.. users.Values.SelectMany(s => s)]; } }

    /// <summary>How many spawns were started, over all servers.</summary>
    public int Spawns { get { lock (gate) return spawns; } }

    /// <summary>Completes when the first server spawn was asked for (e.g. by a replica in another process).</summary>
    public Task FirstSpawn => firstSpawn.Task;

    public static async Task<FakeJupyterHub> StartAsync(CancellationToken cancellationToken = default)
    {
        var hub = new FakeJupyterHub();
        hub.server = await LoopbackServer.StartAsync(hub.HandleAsync, cancellationToken);
        hub.Url = hub.server.BaseUrl.AbsoluteUri.TrimEnd('/');
        return hub;
    }

    /// <summary>The engine's settings for this hub.</summary>
    public JupyterHubOptions Settings(string token = Token) => new() { Url = Url, Token = token, ReadyTimeout = "60s" };

    /// <summary>A client as the engine builds it (base address, token handler, the hub's resilience layer) on <paramref name="time"/>.</summary>
    public JupyterHubClient Client(TimeProvider time, string token = Token)
    {
        var options = Options.Create(Settings(token));
        var handler = new JupyterHubTokenHandler(options) { InnerHandler = ResilientHandler.Over(Backends.JupyterHub, time) };
        var http = new HttpClient(handler) { BaseAddress = new Uri(Url + "/") };
        return new JupyterHubClient(http, options, time);
    }

    /// <summary>The next <paramref name="count"/> calls of <paramref name="method"/> whose path contains <paramref name="path"/> get <paramref name="status"/> with <paramref name="message"/>.</summary>
    public void FailNext(string method, string path, int status, string message, int count = 1)
    {
        lock (gate) faults.Add(new Fault(method, path, status, message) { Remaining = count });
    }

    /// <summary>The hub is healthy again: scripted failures are dropped.</summary>
    public void Recover()
    {
        lock (gate) faults.Clear();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var body = await new StreamReader(request.Body).ReadToEndAsync(context.RequestAborted);
        // Seen on the real hub: behind its proxy a chunked DELETE body (no Content-Length) never arrives.
        if (request.Method == "DELETE" && request.ContentLength is null) body = "";
        var path = (request.Path.Value ?? "").StartsWith("/hub/api/", StringComparison.Ordinal) ? request.Path.Value![9..] : request.Path.Value ?? "";
        int status;
        JsonObject? answer;
        lock (gate)
        {
            (status, answer) = Answer(request.Method, path, request.Query.ContainsKey("include_stopped_servers"), request.Headers.Authorization.ToString(), body);
            calls.Add(new FakeJupyterHubCall(request.Method, path, request.QueryString.Value ?? "", body, status));
        }
        context.Response.StatusCode = status;
        if (answer is null)
        {
            context.Response.ContentType = "text/plain";
            return;
        }
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer.ToJsonString(), context.RequestAborted);
    }

    private (int, JsonObject?) Answer(string method, string path, bool includeStopped, string authorization, string body)
    {
        var scheme = authorization.Split(' ', 2);
        if (scheme.Length != 2 || !(scheme[0].Equals("token", StringComparison.OrdinalIgnoreCase) || scheme[0].Equals("bearer", StringComparison.OrdinalIgnoreCase)) || scheme[1] != Token)
            return Error(403, "Action is not authorized with current scopes; requires any of [admin:users]");
        if (faults.FirstOrDefault(f => f.Remaining > 0 && f.Method == method && path.Contains(f.Path, StringComparison.Ordinal)) is { } fault)
        {
            fault.Remaining--;
            return Error(fault.Status, fault.Message);
        }
        return (method, path.Split('/')) switch
        {
            ("GET", ["users", var u]) => GetUser(u, includeStopped),
            ("POST", ["users", var u]) => CreateUser(u),
            ("POST", ["users", var u, "servers", var s]) => Start(u, s, body),
            ("DELETE", ["users", var u, "servers", var s]) => Stop(u, s, body),
            _ => Error(404, "Not Found"),
        };
    }

    private (int, JsonObject?) GetUser(string name, bool includeStopped)
    {
        if (!users.TryGetValue(name, out var servers)) return Error(404, "Not Found");
        foreach (var s in servers) s.Poll();
        servers.RemoveAll(s => s.Removed);
        return (200, UserModel(name, servers.Where(s => includeStopped || s.Active), BaseUrl));
    }

    private (int, JsonObject?) CreateUser(string name)
    {
        if (users.ContainsKey(name)) return Error(409, $"User {name} already exists");
        users[name] = [];
        return (201, UserModel(name, [], BaseUrl));
    }

    private (int, JsonObject?) Start(string user, string name, string body)
    {
        if (!users.TryGetValue(user, out var servers)) return Error(404, "Not Found");
        var spawner = servers.FirstOrDefault(s => s.Name == name);
        if (spawner is null) servers.Add(spawner = new FakeJupyterServer(user, name));
        if (spawner.Pending == "spawn") return (202, null);
        if (spawner.Pending is { } pending) return Error(400, $"{user}:{name} is pending {pending}");
        if (spawner.Ready) return Error(400, $"{user}:{name} is already running");
        spawner.Spawn(body.Length > 0 && JsonNode.Parse(body) is JsonObject options ? options : [], SpawnPolls);
        spawns++;
        firstSpawn.TrySetResult();
        return (spawner.Ready ? 201 : 202, null);
    }

    private (int, JsonObject?) Stop(string user, string name, string body)
    {
        if (!users.TryGetValue(user, out var servers)) return Error(404, "Not Found");
        if (servers.FirstOrDefault(s => s.Name == name) is not { } spawner) return Error(404, $"{user} has no server named '{name}'");
        var remove = body.Length > 0 && JsonNode.Parse(body)?["remove"]?.GetValue<bool>() == true;
        if (spawner.Pending == "spawn") return Error(400, $"{user}:{name} is pending spawn, please wait");
        if (spawner.Ready) spawner.Stop(StopPolls);
        if (remove) spawner.Remove();
        servers.RemoveAll(s => s.Removed);
        return (spawner.Pending == "stop" ? 202 : 204, null);
    }

    private static JsonObject UserModel(string name, IEnumerable<FakeJupyterServer> servers, string baseUrl) => new()
    {
        ["kind"] = "user",
        ["name"] = name,
        ["admin"] = false,
        ["roles"] = new JsonArray("user"),
        ["groups"] = new JsonArray(),
        ["server"] = null,
        ["pending"] = null,
        ["servers"] = new JsonObject(servers.Select(s => KeyValuePair.Create(s.Name, (JsonNode?)s.Model(baseUrl)))),
    };

    private static (int, JsonObject?) Error(int status, string message) => (status, new JsonObject { ["status"] = status, ["message"] = message });

    public async ValueTask DisposeAsync()
    {
        if (server is not null) await server.DisposeAsync();
    }

    private sealed record Fault(string Method, string Path, int Status, string Message)
    {
        public int Remaining { get; set; }
    }
}
