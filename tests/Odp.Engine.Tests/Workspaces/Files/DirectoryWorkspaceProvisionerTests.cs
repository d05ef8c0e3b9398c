using System.Text.Json.Nodes;
using k8s;
using k8s.Models;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Odp.Engine.Access;
using Odp.Engine.Catalog;
using Odp.Engine.Hosting;
using Odp.Engine.Integrations.Trino;
using Odp.Engine.Tests.Integrations.Trino;
using Odp.Engine.Workspaces;
using Odp.Engine.Workspaces.Files;

namespace Odp.Engine.Tests.Workspaces.Files;

public sealed class DirectoryWorkspaceProvisionerTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private DirectoryWorkspaceProvisioner Provisioner(string trinoUrl = "http://trino.internal:8080", string cidr = "") =>
        new(Options.Create(new WorkspaceOptions { JupyterUrl = "https://hub.example.com/", TrinoEgressCidr = cidr }),
            Options.Create(new TrinoOptions { Url = trinoUrl }),
            new DataDirectory(_temp.Path),
            NullLogger<DirectoryWorkspaceProvisioner>.Instance);

    private static WorkspaceSpec Spec(params string[] members) => new(
        "sales",
        "Sales Analysts",
        members,
        [.. members.Select((m, i) => new Grant($"T-{i}", m, DatasetName.Parse(i % 2 == 0 ? "lake.sales.orders" : "warehouse.sales.items"), AccessLevel.Read))]);

    private string Folder => _temp.Combine("workspaces", "sales");

    private T Read<T>(string file) => KubernetesYaml.Deserialize<T>(File.ReadAllText(Path.Combine(Folder, file)));

    [Fact]
    public async Task ProvisionAsync_Spec_WritesAllFilesAndReturnsUrls()
    {
        var result = await Provisioner().ProvisionAsync(Spec("alice", "bob"), CancellationToken.None);

        var files = System.IO.Directory.GetFiles(Folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            ["README.md", "jupyterhub/alice.json", "jupyterhub/bob.json", "kustomization.yaml", "limitrange.yaml", "namespace.yaml",
             "networkpolicy-allow-dns.yaml", "networkpolicy-allow-trino.yaml", "networkpolicy-default-deny.yaml",
             "resourcequota.yaml", "rolebinding.yaml", "secret-trino.yaml", "serviceaccount.yaml"],
            files);
        Assert.Equal("sales", result.Name);
        Assert.Equal("odp-sales", result.Namespace);
        Assert.Equal(Path.GetFullPath(Folder), result.Location);
        Assert.Equal("https://hub.example.com/user/alice/sales/", result.JupyterUrls["alice"]);
        Assert.Equal(2, result.JupyterUrls.Count);
    }

    [Fact]
    public async Task ProvisionAsync_Spec_NamespaceHasLabels()
    {
        await Provisioner().ProvisionAsync(Spec("alice"), CancellationToken.None);

        var ns = Read<V1Namespace>("namespace.yaml");
        Assert.Equal("Namespace", ns.Kind);
        Assert.Equal("odp-sales", ns.Metadata.Name);
        Assert.Equal("odp", ns.Metadata.Labels["app.kubernetes.io/managed-by"]);
        Assert.Equal("opendataplane", ns.Metadata.Labels["app.kubernetes.io/part-of"]);
        Assert.Equal("sales", ns.Metadata.Labels["odp.dev/workspace"]);
        Assert.Equal("Sales-Analysts", ns.Metadata.Labels["odp.dev/team"]);
        Assert.Equal("Sales Analysts", ns.Metadata.Annotations["odp.dev/group"]);
        var sa = Read<V1ServiceAccount>("serviceaccount.yaml");
        Assert.Equal("odp-sales", sa.Metadata.NamespaceProperty);
        Assert.False(sa.AutomountServiceAccountToken);
    }

    [Fact]
    public async Task ProvisionAsync_Spec_WritesQuotaAndLimits()
    {
        await Provisioner().ProvisionAsync(Spec("alice"), CancellationToken.None);

        var quota = Read<V1ResourceQuota>("resourcequota.yaml");
        Assert.Equal("4", quota.Spec.Hard["requests.cpu"].ToString());
        Assert.Equal("8", quota.Spec.Hard["limits.cpu"].ToString());
        Assert.Equal("16Gi", quota.Spec.Hard["requests.memory"].ToString());
        Assert.Equal("32Gi", quota.Spec.Hard["limits.memory"].ToString());
        Assert.Equal("20", quota.Spec.Hard["pods"].ToString());
        Assert.True(quota.Spec.Hard.ContainsKey("persistentvolumeclaims"));
        var limits = Read<V1LimitRange>("limitrange.yaml").Spec.Limits.Single();
        Assert.Equal("Container", limits.Type);
        Assert.Equal("2Gi", limits.DefaultProperty["memory"].ToString());
        Assert.Equal("250m", limits.DefaultRequest["cpu"].ToString());
    }

    [Fact]
    public async Task ProvisionAsync_Spec_DeniesByDefaultAndAllowsDnsAndTrino()
    {
        await Provisioner().ProvisionAsync(Spec("alice"), CancellationToken.None);

        var deny = Read<V1NetworkPolicy>("networkpolicy-default-deny.yaml");
        Assert.Equal(["Ingress", "Egress"], deny.Spec.PolicyTypes);
        Assert.Null(deny.Spec.Ingress);
        Assert.Null(deny.Spec.Egress);
        Assert.Null(deny.Spec.PodSelector.MatchLabels);

        var dns = Read<V1NetworkPolicy>("networkpolicy-allow-dns.yaml").Spec.Egress.Single();
        Assert.Equal([("UDP", "53"), ("TCP", "53")], dns.Ports.Select(p => (p.Protocol, p.Port.ToString())).ToList());
        Assert.Equal("kube-system", dns.To.Single().NamespaceSelector.MatchLabels["kubernetes.io/metadata.name"]);

        var trino = Read<V1NetworkPolicy>("networkpolicy-allow-trino.yaml");
        Assert.Equal(["Egress"], trino.Spec.PolicyTypes);
        var rule = trino.Spec.Egress.Single();
        Assert.Equal(("TCP", "8080"), (rule.Ports.Single().Protocol, rule.Ports.Single().Port.ToString()));
        Assert.NotNull(rule.To.Single().NamespaceSelector);
        Assert.Null(rule.To.Single().IpBlock);
    }

    [Theory]
    [InlineData("http://10.1.2.3:8443", "", "10.1.2.3/32", null)]
    [InlineData("http://trino.analytics.svc.cluster.local:8080", "", null, "analytics")]
    [InlineData("https://trino.example.com", "192.168.0.0/24", "192.168.0.0/24", null)]
    public async Task ProvisionAsync_TrinoAddress_ChoosesEgressPeer(string url, string cidr, string? expectedCidr, string? expectedNamespace)
    {
        await Provisioner(url, cidr).ProvisionAsync(Spec("alice"), CancellationToken.None);

        var peer = Read<V1NetworkPolicy>("networkpolicy-allow-trino.yaml").Spec.Egress.Single().To.Single();
        Assert.Equal(expectedCidr, peer.IpBlock?.Cidr);
        Assert.Equal(expectedNamespace, peer.NamespaceSelector?.MatchLabels?["kubernetes.io/metadata.name"]);
    }

    [Fact]
    public async Task ProvisionAsync_Spec_BindsEditToGroupAndServiceAccount()
    {
        await Provisioner().ProvisionAsync(Spec("alice"), CancellationToken.None);

        var binding = Read<V1RoleBinding>("rolebinding.yaml");
        Assert.Equal(("ClusterRole", "edit"), (binding.RoleRef.Kind, binding.RoleRef.Name));
        Assert.Contains(binding.Subjects, s => s.Kind == "Group" && s.Name == "Sales Analysts");
        Assert.Contains(binding.Subjects, s => s.Kind == "ServiceAccount" && s.NamespaceProperty == "odp-sales");
    }

    [Fact]
    public async Task ProvisionAsync_Spec_WritesTrinoSecret()
    {
        await Provisioner().ProvisionAsync(Spec("alice", "bob"), CancellationToken.None);

        var secret = Read<V1Secret>("secret-trino.yaml");
        Assert.Equal("Opaque", secret.Type);
        Assert.Equal("http://trino.internal:8080", secret.StringData["TRINO_URL"]);
        Assert.Equal("trino.internal", secret.StringData["TRINO_HOST"]);
        Assert.Equal("8080", secret.StringData["TRINO_PORT"]);
        Assert.Equal("lake,warehouse", secret.StringData["TRINO_CATALOGS"]);
    }

    [Fact]
    public async Task ProvisionAsync_Spec_WritesJupyterSpecPerMember()
    {
        await Provisioner().ProvisionAsync(Spec("alice", "bob"), CancellationToken.None);

        var bob = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "jupyterhub", "bob.json")))!;
        Assert.Equal("bob", (string?)bob["user"]);
        Assert.Equal("sales", (string?)bob["server"]);
        Assert.Equal("odp-sales", (string?)bob["user_options"]!["namespace"]);
        Assert.Equal("bob", (string?)bob["env"]!["TRINO_USER"]);
        Assert.Equal("trino.internal", (string?)bob["env"]!["TRINO_HOST"]);
        Assert.Equal("8080", (string?)bob["env"]!["TRINO_PORT"]);
        Assert.Equal("warehouse", (string?)bob["env"]!["TRINO_CATALOG"]);
    }

    [Fact]
    public async Task ProvisionAsync_Spec_KustomizationListsEveryManifest()
    {
        await Provisioner().ProvisionAsync(Spec("alice"), CancellationToken.None);

        var kustomization = File.ReadAllText(Path.Combine(Folder, "kustomization.yaml"));
        foreach (var manifest in System.IO.Directory.GetFiles(Folder, "*.yaml").Select(Path.GetFileName))
        {
            if (manifest != "kustomization.yaml") Assert.Contains($"- {manifest}\n", kustomization);
        }
        Assert.StartsWith("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n", kustomization);
        Assert.Contains("| alice | lake.sales.orders | Read | T-0 |", File.ReadAllText(Path.Combine(Folder, "README.md")));
    }

    [Fact]
    public async Task ProvisionAsync_TwoRuns_AreByteIdenticalAndNotRewritten()
    {
        await Provisioner().ProvisionAsync(Spec("bob", "alice"), CancellationToken.None);
        var first = Snapshot();
        var past = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in first.Keys) File.SetLastWriteTimeUtc(file, past);

        await Provisioner().ProvisionAsync(Spec("bob", "alice"), CancellationToken.None);

        Assert.Equal(first, Snapshot());
        Assert.All(first.Keys, f => Assert.Equal(past, File.GetLastWriteTimeUtc(f)));
        Assert.DoesNotContain(first.Keys, f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProvisionAsync_MemberRemoved_DeletesTheirSpec()
    {
        await Provisioner().ProvisionAsync(Spec("alice", "bob"), CancellationToken.None);

        var result = await Provisioner().ProvisionAsync(Spec("alice"), CancellationToken.None);

        Assert.False(File.Exists(Path.Combine(Folder, "jupyterhub", "bob.json")));
        Assert.True(File.Exists(Path.Combine(Folder, "jupyterhub", "alice.json")));
        Assert.False(result.JupyterUrls.ContainsKey("bob"));
    }

    [Theory]
    [InlineData("Sales")]
    [InlineData("sales_team")]
    [InlineData("-sales")]
    [InlineData("")]
    public async Task ProvisionAsync_BadName_ThrowsArgumentException(string name)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            Provisioner().ProvisionAsync(Spec("alice") with { Name = name }, CancellationToken.None));

        Assert.Contains("Workspace name", error.Message);
    }

    [Fact]
    public async Task ProvisionAsync_PathLikeMember_ThrowsArgumentException() =>
        await Assert.ThrowsAsync<ArgumentException>(() =>
            Provisioner().ProvisionAsync(Spec("../evil"), CancellationToken.None));

    private Dictionary<string, string> Snapshot() =>
        System.IO.Directory.GetFiles(Folder, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);
}
