using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Odp.Engine.Hosting;
using Odp.Engine.Tests.Fakes.Kubernetes;
using Odp.Engine.Tests.Integrations.Trino;
using Odp.Engine.Workspaces;
using Odp.Engine.Workspaces.Files;
using Odp.Engine.Workspaces.Kubernetes;

namespace Odp.Engine.Tests.Workspaces.Kubernetes;

public sealed class KubernetesConnectionTests : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private FakeKubernetesServer _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeKubernetesServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _fake.DisposeAsync();
        _temp.Dispose();
    }

    private string WriteKubeconfig(string token = FakeKubernetesServer.Token)
    {
        var path = _temp.Combine("kubeconfig");
        File.WriteAllText(path, $"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: fake
              cluster:
                server: {_fake.Url}
            users:
            - name: odp
              user:
                token: {token}
            contexts:
            - name: fake
              context:
                cluster: fake
                user: odp
                namespace: default
            current-context: fake
            """);
        return path;
    }

    [Fact]
    public async Task Configuration_KubeconfigPointingAtFake_ProvisionsThroughIt()
    {
        var config = KubernetesConnection.Configuration(new WorkspaceOptions { Kubeconfig = WriteKubeconfig() });
        using var client = new k8s.Kubernetes(config);

        var result = await KubernetesWorkspaceProvisionerTests.Provisioner(client).ProvisionAsync(
            KubernetesWorkspaceProvisionerTests.Spec("alice"), CancellationToken.None);

        Assert.Equal(_fake.Url, config.Host.TrimEnd('/'));
        Assert.Equal("odp-sales", result.Namespace);
        Assert.Single(_fake.Metadata("/v1/namespaces"));
    }

    [Fact]
    public void Configuration_MissingKubeconfig_NamesTheSetting()
    {
        var e = Assert.Throws<InvalidOperationException>(
            () => KubernetesConnection.Configuration(new WorkspaceOptions { Kubeconfig = _temp.Combine("absent") }));

        Assert.Contains("Odp:Workspaces:Kubeconfig", e.Message, StringComparison.Ordinal);
        Assert.Contains(_temp.Combine("absent"), e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/etc/odp/kubeconfig", "/env/a:/env/b", "/etc/odp/kubeconfig")]
    [InlineData("", "/env/a:/env/b", "/env/a")]
    [InlineData("", null, "/home/odp/.kube/config")]
    public void KubeconfigPath_SettingThenVariableThenHome_PicksFirstSet(string setting, string? variable, string expected)
    {
        var path = KubernetesConnection.KubeconfigPath(new WorkspaceOptions { Kubeconfig = setting }, variable, "/home/odp");

        Assert.Equal(expected, path);
    }

    [Theory]
    [InlineData("direct", typeof(KubernetesWorkspaceProvisioner))]
    [InlineData(null, typeof(DirectoryWorkspaceProvisioner))]
    public void AddOdpEngine_Mode_RegistersItsProvisioner(string? mode, Type expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Odp:Workspaces:Mode"] = mode,
            ["Odp:Workspaces:Kubeconfig"] = WriteKubeconfig(),
            ["Odp:Trino:Url"] = "http://trino.internal:8080",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(new DataDirectory(_temp.Path));
        services.AddOdpEngine(configuration);
        using var provider = services.BuildServiceProvider();

        Assert.IsType(expected, provider.GetRequiredService<IWorkspaceProvisioner>());
    }

    [Theory]
    [InlineData("Mode", "kubectl", "Odp:Workspaces:Mode")]
    [InlineData("ApplyRetries", "11", "Odp:Workspaces:ApplyRetries")]
    public void AddOdpEngine_InvalidSetting_ValidationNamesIt(string key, string value, string setting)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"Odp:Workspaces:{key}"] = value,
            ["Odp:Trino:Url"] = "http://trino.internal:8080",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(new DataDirectory(_temp.Path));
        services.AddOdpEngine(configuration);
        using var provider = services.BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<WorkspaceOptions>>().Value);

        Assert.Contains(setting, e.Message, StringComparison.Ordinal);
    }
}
