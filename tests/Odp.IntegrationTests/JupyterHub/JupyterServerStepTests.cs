using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Odp.Engine.Access;
using Odp.Engine.Access.Deciding;
using Odp.Engine.Access.Ending;
using Odp.Engine.Access.Requesting;
using Odp.Engine.Hosting;
using Odp.Engine.Integrations.JupyterHub;
using Odp.Engine.Notifications;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces;
using Odp.Engine.Workspaces.Provisioning;
using Odp.IntegrationTests.Services;

namespace Odp.IntegrationTests.JupyterHub;

/// <summary>The engine with JupyterHub configured: an approved request ends with the member's server running.</summary>
[Collection(JupyterHubCollection.Name)]
public sealed class JupyterServerStepTests(JupyterHubFixture hub) : IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly string data = Path.Combine(Path.GetTempPath(), "odp-jupyter-step-" + Guid.NewGuid().ToString("N"));
    private readonly RecordingNotifier notifier = new();

    public void Dispose()
    {
        if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task ProvisioningWorker_ApprovedRequest_ReadyMessageLinksARunningJupyterServer()
    {
        await using var engine = Engine();
        Assert.Contains(engine.GetServices<IProvisioningStep>(), s => s is JupyterServerStep);
        var filed = await engine.GetRequiredService<RequestAccess>().ExecuteAsync(
            new AccessRequest("alice", "lake.sales.orders", "Q3 churn model", "30d", AccessLevel.Read, "analysts"), Ct);
        await engine.GetRequiredService<DecideAccess>().ApproveAsync(filed.Ticket.Id, "bob", Ct);

        await engine.GetRequiredService<ProvisioningWorker>().RunOnceAsync(Ct);

        var ticket = await engine.GetRequiredService<ITicketStore>().FindAsync(filed.Ticket.Id, Ct);
        Assert.Equal(TicketState.Active, ticket?.State);
        var ready = Assert.Single(notifier.Sent.OfType<WorkspaceReady>());
        var url = ready.Workspace.JupyterUrlOf("alice")!;
        Assert.Equal($"{hub.Url}/user/alice/analysts/", url);
        Assert.Equal(HttpStatusCode.OK, await hub.ServerStatusAsync(url));
        var stored = await engine.GetRequiredService<IWorkspaceStore>().FindAsync("analysts", Ct);
        Assert.Equal(url, stored?.JupyterUrlOf("alice"));
        var servers = engine.GetRequiredService<JupyterServers>();
        Assert.Equal("running", (await servers.StateAsync("alice", "analysts", Ct))?.Describe());
        var env = ServerEnvironment.Of("alice", "analysts");
        Assert.NotNull(env); // the hook in deploy/jupyterhub/odp_hub.py put the connection into the server's process
        Assert.Equal("alice", env["TRINO_USER"]);
        Assert.Equal("trino.internal", env["TRINO_HOST"]);
        Assert.Equal("8080", env["TRINO_PORT"]);
        Assert.Equal("lake", env["TRINO_CATALOG"]);
        Assert.Equal("sales", env["TRINO_SCHEMA"]);

        await servers.StopAsync("alice", "analysts", Ct);
        Assert.Null(await servers.StateAsync("alice", "analysts", Ct));
    }

    [Theory]
    [InlineData("erin", "false", true)]
    [InlineData("heidi", "true", false)]
    public async Task RevokeAsync_LastGrantInTheWorkspace_StopsTheServerOrRemovesItWhenSet(string user, string remove, bool stillListed)
    {
        await using var engine = Engine(new() { ["Odp:JupyterHub:RemoveServerOnLastRevoke"] = remove });
        var filed = await engine.GetRequiredService<RequestAccess>().ExecuteAsync(
            new AccessRequest(user, "lake.sales.orders", "segment sizes", "30d", AccessLevel.Read, "analysts"), Ct);
        await engine.GetRequiredService<DecideAccess>().ApproveAsync(filed.Ticket.Id, "bob", Ct);
        await engine.GetRequiredService<ProvisioningWorker>().RunOnceAsync(Ct);
        var url = Assert.Single(notifier.Sent.OfType<WorkspaceReady>()).Workspace.JupyterUrlOf(user)!;
        Assert.Equal(HttpStatusCode.OK, await hub.ServerStatusAsync(url));
        Assert.Equal(user, (await hub.ServersAsync(user))["analysts"]?["user_options"]?["env"]?["TRINO_USER"]?.GetValue<string>());

        await engine.GetRequiredService<EndAccess>().RevokeAsync(filed.Ticket.Id, "bob", "project ended", Ct);

        Assert.Null(await engine.GetRequiredService<JupyterServers>().StateAsync(user, "analysts", Ct));
        Assert.NotEqual(HttpStatusCode.OK, await hub.ServerStatusAsync(url));
        Assert.Equal(stillListed, (await hub.ServersAsync(user)).ContainsKey("analysts"));
    }

    [Fact]
    public async Task Spawn_UserOptionsWithOtherVariables_OnlyTheConnectionVariablesReachTheServer()
    {
        using var http = new HttpClient { BaseAddress = new Uri(hub.Url + "/hub/api/") };
        http.DefaultRequestHeaders.Authorization = new("token", hub.Token);
        await http.PostAsync("users/ivan", null);
        const string options = "{\"env\": {\"TRINO_USER\": \"ivan\", \"LD_PRELOAD\": \"/tmp/evil.so\", \"PATH\": \"/tmp\", \"TRINO_HOST\": 42}}";

        var spawn = await http.PostAsync("users/ivan/servers/probe", new StringContent(options, System.Text.Encoding.UTF8, "application/json"));

        Assert.True(spawn.IsSuccessStatusCode, await spawn.Content.ReadAsStringAsync());
        var env = await WaitForServerAsync(http, "ivan", "probe");
        Assert.Equal("ivan", env["TRINO_USER"]);
        Assert.False(env.ContainsKey("LD_PRELOAD"));
        Assert.NotEqual("/tmp", env["PATH"]);
        Assert.False(env.ContainsKey("TRINO_HOST")); // not a string
        await http.DeleteAsync("users/ivan/servers/probe?remove=true");
    }

    /// <summary>
    /// Waits until the hub says the server is ready — its progress event stream ends with <c>"ready": true</c> — then
    /// reads that process's environment. Bounded by the hub's own spawn timeout and 60 s here.
    /// </summary>
    private static async Task<IReadOnlyDictionary<string, string>> WaitForServerAsync(HttpClient hub, string user, string server)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var stream = new StreamReader(await hub.GetStreamAsync($"users/{user}/servers/{server}/progress", patience.Token));
        var ready = false;
        while (!ready && await stream.ReadLineAsync(patience.Token) is { } line)
            ready = line.StartsWith("data:", StringComparison.Ordinal) && line.Contains("\"ready\": true", StringComparison.Ordinal);
        Assert.True(ready, $"The hub never said {user}/{server} was ready.");
        return ServerEnvironment.Of(user, server) ?? throw new Xunit.Sdk.XunitException($"The hub says {user}/{server} is ready, but no such process runs.");
    }

    private ServiceProvider Engine(Dictionary<string, string?>? extra = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [DataDirectory.Setting] = data,
            ["Odp:Catalog:File"] = Path.Combine(RepoRoot.Path, "deploy", "demo", "catalog.yaml"),
            ["Odp:Directory:File"] = Path.Combine(RepoRoot.Path, "deploy", "demo", "directory.yaml"),
            ["Odp:Trino:Url"] = "http://trino.internal:8080",
            ["Odp:JupyterHub:Url"] = hub.Url,
            ["Odp:JupyterHub:Token"] = hub.Token,
            ["Odp:JupyterHub:ReadyTimeout"] = "60s",
        }).AddInMemoryCollection(extra ?? []).Build();
        return new ServiceCollection()
            .AddLogging()
            .AddOdpEngine(configuration)
            .AddSingleton<INotifier>(notifier)
            .BuildServiceProvider();
    }
}
