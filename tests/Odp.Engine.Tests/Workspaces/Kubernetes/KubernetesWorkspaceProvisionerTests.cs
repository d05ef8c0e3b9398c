using System.Text;
using k8s;
using k8s.Models;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Odp.Engine.Access;
using Odp.Engine.Catalog;
using Odp.Engine.Integrations.Trino;
using Odp.Engine.Tests.Fakes.Kubernetes;
using Odp.Engine.Workspaces;
using Odp.Engine.Workspaces.Kubernetes;

namespace Odp.Engine.Tests.Workspaces.Kubernetes;

public sealed class KubernetesWorkspaceProvisionerTests : IAsyncLifetime
{
    private const string Ns = "odp-sales";
    private FakeKubernetesServer _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeKubernetesServer.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    internal static KubernetesWorkspaceProvisioner Provisioner(IKubernetes client, int retries = 3) =>
        new(client,
            Options.Create(new WorkspaceOptions { JupyterUrl = "https://hub.example.com/", CpuLimits = "6", ApplyRetries = retries }),
            Options.Create(new TrinoOptions { Url = "http://trino.trino.svc:8080" }),
            NullLogger<KubernetesWorkspaceProvisioner>.Instance);

    internal static WorkspaceSpec Spec(params string[] members) => new(
        "sales",
        "Sales Analysts",
        members,
        [.. members.Select((m, i) => new Grant($"T-{i}", m, DatasetName.Parse("lake.sales.orders"), AccessLevel.Read))]);

    private static CancellationToken Ct => CancellationToken.None;

    private static readonly IReadOnlyList<string> Resources = FakeKubernetesServer.WorkspaceResources;

    private Dictionary<string, List<string>> Stored() => _fake.StoredNames();

    [Fact]
    public async Task ProvisionAsync_EmptyCluster_CreatesEachObjectOnceWithLabels()
    {
        var result = await Provisioner(_fake.Client()).ProvisionAsync(Spec("alice", "bob"), Ct);

        var stored = Stored();
        Assert.Equal([Ns], stored["/v1/namespaces"]);
        Assert.Equal(["odp-quota"], stored["/v1/resourcequotas"]);
        Assert.Equal(["odp-limits"], stored["/v1/limitranges"]);
        Assert.Equal(["odp-allow-dns", "odp-allow-trino", "odp-default-deny"], stored["networking.k8s.io/v1/networkpolicies"]);
        Assert.Equal(["odp-workspace"], stored["/v1/serviceaccounts"]);
        Assert.Equal(["odp-edit"], stored["rbac.authorization.k8s.io/v1/rolebindings"]);
        Assert.Equal(["odp-trino"], stored["/v1/secrets"]);
        Assert.All(Resources.SelectMany(_fake.Metadata), m => Assert.Equal("odp", m.Labels["app.kubernetes.io/managed-by"]));
        Assert.Equal(9, _fake.Calls.Count(c => c.Method == "POST"));
        Assert.DoesNotContain(_fake.Calls, c => c.Method == "PUT");
        Assert.All(_fake.Calls.Where(c => c.Method == "POST"), c => Assert.Contains("fieldManager=odp", c.Query, StringComparison.Ordinal));

        Assert.Equal("sales", result.Name);
        Assert.Equal(Ns, result.Namespace);
        Assert.Equal($"{_fake.Url}/api/v1/namespaces/{Ns}", result.Location);
        Assert.Equal("https://hub.example.com/user/alice/sales/", result.JupyterUrls["alice"]);
        Assert.Equal(2, result.JupyterUrls.Count);
    }

    [Fact]
    public async Task ProvisionAsync_EmptyCluster_ObjectsReadBackWithQuotaPoliciesAndSecret()
    {
        var client = _fake.Client();
        await Provisioner(client).ProvisionAsync(Spec("alice"), Ct);

        var quota = await client.CoreV1.ReadNamespacedResourceQuotaAsync("odp-quota", Ns, cancellationToken: Ct);
        Assert.Equal("6", quota.Spec.Hard["limits.cpu"].ToString());
        Assert.Equal("16Gi", quota.Spec.Hard["requests.memory"].ToString());
        var limits = await client.CoreV1.ReadNamespacedLimitRangeAsync("odp-limits", Ns, cancellationToken: Ct);
        Assert.Equal("512Mi", limits.Spec.Limits[0].DefaultRequest["memory"].ToString());

        var deny = await client.NetworkingV1.ReadNamespacedNetworkPolicyAsync("odp-default-deny", Ns, cancellationToken: Ct);
        Assert.Equal(["Ingress", "Egress"], deny.Spec.PolicyTypes);
        Assert.Null(deny.Spec.Egress);
        var dns = await client.NetworkingV1.ReadNamespacedNetworkPolicyAsync("odp-allow-dns", Ns, cancellationToken: Ct);
        Assert.Equal("kube-system", dns.Spec.Egress[0].To[0].NamespaceSelector.MatchLabels["kubernetes.io/metadata.name"]);
        Assert.Equal(["53", "53"], dns.Spec.Egress[0].Ports.Select(p => p.Port.Value));
        var trino = await client.NetworkingV1.ReadNamespacedNetworkPolicyAsync("odp-allow-trino", Ns, cancellationToken: Ct);
        Assert.Equal("trino", trino.Spec.Egress[0].To[0].NamespaceSelector.MatchLabels["kubernetes.io/metadata.name"]);
        Assert.Equal("8080", trino.Spec.Egress[0].Ports[0].Port.Value);

        var binding = await client.RbacAuthorizationV1.ReadNamespacedRoleBindingAsync("odp-edit", Ns, cancellationToken: Ct);
        Assert.Equal("edit", binding.RoleRef.Name);
        Assert.Equal("Sales Analysts", binding.Subjects[0].Name);
        var secret = await client.CoreV1.ReadNamespacedSecretAsync("odp-trino", Ns, cancellationToken: Ct);
        Assert.Equal(["TRINO_CATALOGS", "TRINO_HOST", "TRINO_PORT", "TRINO_URL"], secret.Data.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("http://trino.trino.svc:8080", Encoding.UTF8.GetString(secret.Data["TRINO_URL"]));
    }

    [Fact]
    public async Task ProvisionAsync_SecondRun_ReplacesWithoutDuplicates()
    {
        var provisioner = Provisioner(_fake.Client());
        await provisioner.ProvisionAsync(Spec("alice", "bob"), Ct);
        var before = _fake.Get<V1ResourceQuota>("/v1/resourcequotas", Ns, "odp-quota")!;
        _fake.ClearCalls();

        await provisioner.ProvisionAsync(Spec("alice"), Ct);

        Assert.DoesNotContain(_fake.Calls, c => c.Method == "POST");
        Assert.Equal(9, _fake.Calls.Count(c => c.Method == "PUT" && c.Status == 200));
        Assert.All(Stored().Values.SelectMany(v => v).GroupBy(n => n), g => Assert.Single(g));
        Assert.Equal(9, Stored().Values.Sum(v => v.Count));
        var after = _fake.Get<V1ResourceQuota>("/v1/resourcequotas", Ns, "odp-quota")!;
        Assert.Equal(before.Metadata.Uid, after.Metadata.Uid);
        Assert.NotEqual(before.Metadata.ResourceVersion, after.Metadata.ResourceVersion);
    }

    [Fact]
    public async Task ProvisionAsync_NamespaceCreatedOutOfBand_ReplacesItWithLabels()
    {
        var client = _fake.Client();
        await client.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = Ns } }, cancellationToken: Ct);

        await Provisioner(client).ProvisionAsync(Spec("alice"), Ct);

        var ns = Assert.Single(_fake.Metadata("/v1/namespaces"));
        Assert.Equal("odp", ns.Labels["app.kubernetes.io/managed-by"]);
        Assert.Equal(Ns, ns.Labels["kubernetes.io/metadata.name"]);
    }

    [Fact]
    public async Task ProvisionAsync_NamespaceCreatedBetweenReadAndCreate_Handles409ByReplacing()
    {
        var client = _fake.Client();
        await client.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = Ns } }, cancellationToken: Ct);
        _fake.ClearCalls();
        _fake.FailNext($"/api/v1/namespaces/{Ns}", 404, message: $"namespaces \"{Ns}\" not found");

        await Provisioner(client).ProvisionAsync(Spec("alice"), Ct);

        Assert.Equal(
            [("GET", 404), ("POST", 409), ("GET", 200), ("PUT", 200)],
            _fake.Calls.Take(4).Select(c => (c.Method, c.Status)));
        Assert.Single(_fake.Metadata("/v1/namespaces"));
        Assert.Equal("odp", _fake.Get<V1Namespace>("/v1/namespaces", null, Ns)!.Metadata.Labels["app.kubernetes.io/managed-by"]);
    }

    [Fact]
    public async Task ProvisionAsync_ServerErrorsFewerThanRetries_Succeeds()
    {
        _fake.FailNext("resourcequotas", 500, count: 3, message: "etcdserver: request timed out");

        var result = await Provisioner(_fake.Client(retries: 3), retries: 3).ProvisionAsync(Spec("alice"), Ct);

        Assert.Equal(Ns, result.Namespace);
        Assert.Equal(3, _fake.Calls.Count(c => c.Path.Contains("resourcequotas", StringComparison.Ordinal) && c.Status == 500));
        Assert.Single(_fake.Metadata("/v1/resourcequotas"));
    }

    [Fact]
    public async Task ProvisionAsync_ServerAlwaysFails_ThrowsWithKubernetesMessage()
    {
        _fake.FailNext("secrets", 500, count: 100, message: "etcdserver: leader changed");

        var e = await Assert.ThrowsAsync<KubernetesApplyException>(() => Provisioner(_fake.Client(retries: 2), retries: 2).ProvisionAsync(Spec("alice"), Ct));

        Assert.Contains("etcdserver: leader changed", e.Message, StringComparison.Ordinal);
        Assert.Contains($"Secret {Ns}/odp-trino", e.Message, StringComparison.Ordinal);
        Assert.Equal(500, e.StatusCode);
        Assert.Equal("InternalError", e.Reason);
        Assert.Equal(3, _fake.Calls.Count(c => c.Path.Contains("secrets", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ProvisionAsync_StaleVersionOnReplace_RetriesWithFreshVersion()
    {
        var provisioner = Provisioner(_fake.Client());
        await provisioner.ProvisionAsync(Spec("alice"), Ct);
        _fake.FailNext("limitranges/odp-limits", 409, message: "the object has been modified");

        await provisioner.ProvisionAsync(Spec("alice"), Ct);

        Assert.Single(_fake.Metadata("/v1/limitranges"));
    }

    [Fact]
    public async Task ProvisionAsync_BadToken_ThrowsUnauthorizedWithHint()
    {
        var e = await Assert.ThrowsAsync<KubernetesApplyException>(
            () => Provisioner(_fake.Client("wrong-token")).ProvisionAsync(Spec("alice"), Ct));

        Assert.Equal(401, e.StatusCode);
        Assert.Contains("Unauthorized", e.Message, StringComparison.Ordinal);
        Assert.Contains("credentials were rejected", e.Message, StringComparison.Ordinal);
        Assert.Empty(_fake.Metadata("/v1/namespaces"));
    }
}
