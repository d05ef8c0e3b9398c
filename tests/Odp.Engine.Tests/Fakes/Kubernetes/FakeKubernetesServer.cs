using Odp.Engine.Tests.Fakes;
using System.Text.Json.Nodes;
using k8s;
using k8s.Models;
using Microsoft.AspNetCore.Http;
using Odp.Engine.Integrations.Http;

namespace Odp.Engine.Tests.Fakes.Kubernetes;

/// <summary>
/// An in-process Kubernetes API server on <c>http://127.0.0.1:&lt;free port&gt;</c> for the kinds of a workspace
/// (namespaces, resourcequotas, limitranges, serviceaccounts, secrets, networkpolicies, rolebindings): GET one or
/// a list, POST, PUT, DELETE, errors as <c>Status</c> objects, a bearer token check (401), a call log and
/// injected faults. Drive it with the real KubernetesClient via <see cref="Client"/>.
/// </summary>
public sealed class FakeKubernetesServer : IAsyncDisposable
{
    public const string Token = "fake-kubernetes-token";

    /// <summary>The resources (<c>group/version/plural</c>) a workspace's objects live in.</summary>
    public static readonly IReadOnlyList<string> WorkspaceResources =
    [
        "/v1/namespaces", "/v1/resourcequotas", "/v1/limitranges", "networking.k8s.io/v1/networkpolicies",
        "/v1/serviceaccounts", "rbac.authorization.k8s.io/v1/rolebindings", "/v1/secrets",
    ];

    private readonly object gate = new();
    private readonly List<FakeKubernetesCall> calls = [];
    private readonly List<Fault> faults = [];
    private readonly FakeKubernetesStore store;
    private LoopbackServer? loopback;

    private FakeKubernetesServer(TimeProvider time) => store = new FakeKubernetesStore(time);

    /// <summary><c>http://127.0.0.1:&lt;port&gt;</c>.</summary>
    public string Url { get; private set; } = "";

    public IReadOnlyList<FakeKubernetesCall> Calls
    {
        get { lock (gate) return [.. calls]; }
    }

    public static async Task<FakeKubernetesServer> StartAsync(TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        var server = new FakeKubernetesServer(time ?? TimeProvider.System);
        server.loopback = await LoopbackServer.StartAsync(server.HandleAsync, cancellationToken);
        server.Url = server.loopback.BaseUrl.AbsoluteUri.TrimEnd('/');
        return server;
    }

    /// <summary>
    /// A real KubernetesClient pointed at this server (with another token to test 401s), behind the Kubernetes
    /// resilience layer as in production: each call sent up to <paramref name="retries"/> + 1 times
    /// (<c>Odp:Workspaces:ApplyRetries</c>).
    /// </summary>
    public IKubernetes Client(string token = Token, int retries = 3)
    {
        var options = Backends.Defaults(Backends.Kubernetes);
        options.MaxAttempts = retries + 1;
        var resilience = BackendResilienceHandler.Create(Backends.Kubernetes, TimeProvider.System, options);
        return new k8s.Kubernetes(new KubernetesClientConfiguration { Host = Url, AccessToken = token }, resilience);
    }

    /// <summary>The next <paramref name="count"/> requests whose path contains <paramref name="pathOrKind"/> (e.g. a plural like <c>secrets</c>) fail with <paramref name="status"/>.</summary>
    public void FailNext(string pathOrKind, int status, int count = 1, string? message = null)
    {
        lock (gate) faults.Add(new Fault(pathOrKind, status, message ?? $"fake fault {status} on {pathOrKind}") { Remaining = count });
    }

    public void ClearCalls()
    {
        lock (gate) calls.Clear();
    }

    /// <summary>A stored object as its typed model, or null (e.g. <c>Get&lt;V1Secret&gt;("/v1/secrets", "odp-sales", "odp-trino")</c>).</summary>
    public T? Get<T>(string resource, string? ns, string name) where T : class
    {
        lock (gate) return store.Find(resource, ns, name) is { } o ? KubernetesJson.Deserialize<T>(o.ToJsonString()) : null;
    }

    /// <summary>Every stored object of a resource (<c>group/version/plural</c>, core group empty) as their metadata.</summary>
    public IReadOnlyList<V1ObjectMeta> Metadata(string resource)
    {
        lock (gate)
        {
            var parts = resource.Split('/');
            var (_, list) = store.List(new KubernetesResourcePath(parts[0], parts[1], parts[2], null, null));
            return [.. list["items"]!.AsArray().Select(i => KubernetesJson.Deserialize<V1ObjectMeta>(i!["metadata"]!.ToJsonString()))];
        }
    }

    /// <summary>The names stored for each of <see cref="WorkspaceResources"/>, sorted.</summary>
    public Dictionary<string, List<string>> StoredNames() =>
        WorkspaceResources.ToDictionary(r => r, r => Metadata(r).Select(m => m.Name).Order(StringComparer.Ordinal).ToList());

    /// <summary>The API server is healthy again: scripted faults are dropped.</summary>
    public void Recover()
    {
        lock (gate) faults.Clear();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        JsonObject? body = null;
        if (request.ContentLength is > 0 || request.Method is "POST" or "PUT")
        {
            using var reader = new StreamReader(request.Body);
            var text = await reader.ReadToEndAsync(context.RequestAborted);
            body = text.Length > 0 ? JsonNode.Parse(text) as JsonObject : null;
        }

        int status;
        JsonNode answer;
        lock (gate)
        {
            (status, answer) = Answer(request.Method, request.Path.Value ?? "/", request.Headers.Authorization.ToString(), body);
            calls.Add(new FakeKubernetesCall(request.Method, request.Path.Value ?? "/", request.QueryString.Value ?? "", status));
        }
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer.ToJsonString(), context.RequestAborted);
    }

    private (int, JsonNode) Answer(string method, string path, string authorization, JsonObject? body)
    {
        if (authorization != $"Bearer {Token}") return FakeKubernetesStatus.Failure(401, "Unauthorized");
        if (faults.FirstOrDefault(f => f.Remaining > 0 && path.Contains(f.Target, StringComparison.Ordinal)) is { } fault)
        {
            fault.Remaining--;
            return FakeKubernetesStatus.Failure(fault.Status, fault.Message);
        }
        if (KubernetesResourcePath.Parse(path) is not { } p || !FakeKubernetesStore.Serves(p))
            return FakeKubernetesStatus.Failure(404, "the server could not find the requested resource");
        return (method, p.Name) switch
        {
            ("GET", null) => store.List(p),
            ("GET", _) => store.Get(p),
            ("POST", null) when body is not null => store.Create(p, body),
            ("PUT", not null) when body is not null => store.Replace(p, body),
            ("DELETE", not null) => store.Delete(p),
            ("POST" or "PUT", _) when body is null => FakeKubernetesStatus.Failure(400, "the request body is not a JSON object"),
            _ => FakeKubernetesStatus.Failure(405, $"the server does not allow this method on the requested resource ({method})"),
        };
    }

    public async ValueTask DisposeAsync()
    {
        if (loopback is not null) await loopback.DisposeAsync();
    }

    private sealed record Fault(string Target, int Status, string Message)
    {
        public int Remaining { get; set; }
    }
}
