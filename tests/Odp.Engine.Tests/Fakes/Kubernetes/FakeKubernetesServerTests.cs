using k8s;
using k8s.Autorest;
using k8s.Models;

namespace Odp.Engine.Tests.Fakes.Kubernetes;

public sealed class FakeKubernetesServerTests : IAsyncLifetime
{
    private FakeKubernetesServer _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeKubernetesServer.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    private static V1Secret Secret(string name) => new()
    {
        Metadata = new V1ObjectMeta { Name = name },
        StringData = new Dictionary<string, string> { ["k"] = "v" },
    };

    [Fact]
    public async Task Replace_StaleResourceVersion_Returns409Conflict()
    {
        var client = _fake.Client();
        await client.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = "team" } });
        var created = await client.CoreV1.CreateNamespacedSecretAsync(Secret("s"), "team");
        await client.CoreV1.ReplaceNamespacedSecretAsync(created, "s", "team");

        var e = await Assert.ThrowsAsync<HttpOperationException>(() => client.CoreV1.ReplaceNamespacedSecretAsync(created, "s", "team"));

        Assert.Equal(409, (int)e.Response.StatusCode);
        Assert.Contains("\"reason\":\"Conflict\"", e.Response.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_MissingNamespace_Returns404NotFound()
    {
        var e = await Assert.ThrowsAsync<HttpOperationException>(
            () => _fake.Client().CoreV1.CreateNamespacedSecretAsync(Secret("s"), "absent"));

        Assert.Equal(404, (int)e.Response.StatusCode);
        Assert.Contains("namespaces \\u0022absent\\u0022 not found", e.Response.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_Namespace_RemovesItsObjects()
    {
        var client = _fake.Client();
        await client.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = "team" } });
        await client.CoreV1.CreateNamespacedSecretAsync(Secret("s"), "team");

        await client.CoreV1.DeleteNamespaceAsync("team");

        Assert.Empty(_fake.Metadata("/v1/namespaces"));
        Assert.Empty(_fake.Metadata("/v1/secrets"));
        Assert.Empty((await client.CoreV1.ListNamespaceAsync()).Items);
    }
}
