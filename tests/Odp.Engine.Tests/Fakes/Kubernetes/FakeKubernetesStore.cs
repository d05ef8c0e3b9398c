using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Odp.Engine.Tests.Fakes.Kubernetes;

/// <summary>
/// The fake API server's objects as JSON, with the semantics the client relies on: a global
/// <c>resourceVersion</c> bumped on every write, 404 NotFound, 409 AlreadyExists on create, 409 Conflict on a
/// replace with a stale version, namespaced objects only in existing namespaces, the control plane's
/// <c>kubernetes.io/metadata.name</c> namespace label and Secret <c>stringData</c> folded into <c>data</c>.
/// Not thread-safe: the server serialises calls.
/// </summary>
internal sealed class FakeKubernetesStore(TimeProvider time)
{
    private static readonly Dictionary<string, (string ApiVersion, string Kind)> Kinds = new(StringComparer.Ordinal)
    {
        ["/v1/namespaces"] = ("v1", "Namespace"),
        ["/v1/resourcequotas"] = ("v1", "ResourceQuota"),
        ["/v1/limitranges"] = ("v1", "LimitRange"),
        ["/v1/serviceaccounts"] = ("v1", "ServiceAccount"),
        ["/v1/secrets"] = ("v1", "Secret"),
        ["networking.k8s.io/v1/networkpolicies"] = ("networking.k8s.io/v1", "NetworkPolicy"),
        ["rbac.authorization.k8s.io/v1/rolebindings"] = ("rbac.authorization.k8s.io/v1", "RoleBinding"),
    };

    private readonly Dictionary<(string Resource, string Namespace, string Name), JsonObject> objects = [];
    private long version = 100;

    public static bool Serves(KubernetesResourcePath path) => Kinds.ContainsKey(path.Resource);

    public JsonObject? Find(string resource, string? ns, string name) =>
        objects.TryGetValue((resource, ns ?? "", name), out var o) ? o : null;

    public (int, JsonNode) Get(KubernetesResourcePath p) =>
        Find(p.Resource, p.Namespace, p.Name!) is { } o ? (200, o.DeepClone()) : FakeKubernetesStatus.NotFound(p.Plural, p.Name!);

    public (int, JsonNode) List(KubernetesResourcePath p)
    {
        var (apiVersion, kind) = Kinds[p.Resource];
        var items = new JsonArray();
        foreach (var o in objects.Where(e => e.Key.Resource == p.Resource && (p.Namespace is null || e.Key.Namespace == p.Namespace))
                     .OrderBy(e => e.Key.Namespace, StringComparer.Ordinal).ThenBy(e => e.Key.Name, StringComparer.Ordinal))
            items.Add(o.Value.DeepClone());
        return (200, new JsonObject
        {
            ["kind"] = kind + "List",
            ["apiVersion"] = apiVersion,
            ["metadata"] = new JsonObject { ["resourceVersion"] = Version() },
            ["items"] = items,
        });
    }

    public (int, JsonNode) Create(KubernetesResourcePath p, JsonObject body)
    {
        var metadata = body["metadata"] as JsonObject;
        var name = metadata?["name"]?.GetValue<string>();
        if (metadata is null || string.IsNullOrEmpty(name))
            return FakeKubernetesStatus.Failure(422, $"{p.Plural} \"\" is invalid: metadata.name: Required value: name or generateName is required", p.Plural);
        if (p.Namespace is not null && Find("/v1/namespaces", null, p.Namespace) is null)
            return FakeKubernetesStatus.NotFound("namespaces", p.Namespace);
        if (Find(p.Resource, p.Namespace, name) is not null)
            return FakeKubernetesStatus.Failure(409, $"{p.Plural} \"{name}\" already exists", p.Plural, name, "AlreadyExists");
        if (p.Namespace is not null) metadata["namespace"] = p.Namespace;
        metadata["uid"] = Guid.NewGuid().ToString();
        metadata["creationTimestamp"] = time.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        return (201, Store(p, name, body));
    }

    public (int, JsonNode) Replace(KubernetesResourcePath p, JsonObject body)
    {
        var current = Find(p.Resource, p.Namespace, p.Name!);
        if (current is null) return FakeKubernetesStatus.NotFound(p.Plural, p.Name!);
        var metadata = body["metadata"] as JsonObject ?? [];
        body["metadata"] = metadata;
        if (metadata["name"]?.GetValue<string>() is { } name && name != p.Name)
            return FakeKubernetesStatus.Failure(400, $"the name of the object ({name}) does not match the name on the URL ({p.Name})", p.Plural, p.Name, "BadRequest");
        var sent = metadata["resourceVersion"]?.GetValue<string>();
        var stored = current["metadata"]!["resourceVersion"]!.GetValue<string>();
        if (!string.IsNullOrEmpty(sent) && sent != stored)
            return FakeKubernetesStatus.Failure(409,
                $"Operation cannot be fulfilled on {p.Plural} \"{p.Name}\": the object has been modified; please apply your changes to the latest version and try again",
                p.Plural, p.Name);
        metadata["name"] = p.Name;
        if (p.Namespace is not null) metadata["namespace"] = p.Namespace;
        metadata["uid"] = current["metadata"]!["uid"]!.DeepClone();
        metadata["creationTimestamp"] = current["metadata"]!["creationTimestamp"]!.DeepClone();
        return (200, Store(p, p.Name!, body));
    }

    public (int, JsonNode) Delete(KubernetesResourcePath p)
    {
        if (!objects.Remove((p.Resource, p.Namespace ?? "", p.Name!))) return FakeKubernetesStatus.NotFound(p.Plural, p.Name!);
        if (p.Plural == "namespaces")
            foreach (var key in objects.Keys.Where(k => k.Namespace == p.Name).ToList()) objects.Remove(key);
        return FakeKubernetesStatus.Success(p.Plural, p.Name!);
    }

    private JsonNode Store(KubernetesResourcePath p, string name, JsonObject body)
    {
        var (apiVersion, kind) = Kinds[p.Resource];
        body["apiVersion"] = apiVersion;
        body["kind"] = kind;
        var metadata = (JsonObject)body["metadata"]!;
        version++;
        metadata["resourceVersion"] = Version();
        if (kind == "Namespace")
        {
            var labels = metadata["labels"] as JsonObject ?? [];
            labels["kubernetes.io/metadata.name"] = name;
            metadata["labels"] = labels;
            body["status"] = new JsonObject { ["phase"] = "Active" };
        }
        if (kind == "Secret" && body["stringData"] is JsonObject stringData)
        {
            var data = body["data"] as JsonObject ?? [];
            foreach (var (key, value) in stringData)
                data[key] = Convert.ToBase64String(Encoding.UTF8.GetBytes(value!.GetValue<string>()));
            body["data"] = data;
            body.Remove("stringData");
        }
        objects[(p.Resource, p.Namespace ?? "", name)] = body;
        return body.DeepClone();
    }

    private string Version() => version.ToString(CultureInfo.InvariantCulture);
}
