using System.Net;
using System.Text.Json.Nodes;
using Odp.Engine.Integrations.JupyterHub;
using Odp.Engine.Tests.Fakes;
using Odp.Engine.Tests.Fakes.JupyterHub;

namespace Odp.Engine.Tests.Integrations.JupyterHub;

/// <summary>The typed client against the fake hub: 201 and 202 spawns, the ready poll, stop and remove, the hub's errors.</summary>
public sealed class JupyterHubClientTests : IAsyncLifetime
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly SteppingTimeProvider time = new();
    private FakeJupyterHub hub = null!;

    public async Task InitializeAsync() => hub = await FakeJupyterHub.StartAsync();

    public async Task DisposeAsync() => await hub.DisposeAsync();

    [Fact]
    public async Task StartServerAsync_HubAnswers201_ReturnsTheUrlWithoutWaiting()
    {
        var client = hub.Client(time);
        await client.EnsureUserAsync("alice", Ct);

        var url = await client.StartServerAsync("alice", "analysts", new JsonObject { ["workspace"] = "analysts" }, Ct);

        Assert.Equal($"{hub.Url}/user/alice/analysts/", url);
        Assert.Contains(hub.Calls, c => c is { Method: "POST", Path: "users/alice/servers/analysts", Status: 201 });
        Assert.Empty(time.Waits);
        var server = Assert.Single(hub.Servers);
        Assert.Equal("analysts", server.UserOptions["workspace"]?.GetValue<string>());
    }

    [Fact]
    public async Task StartServerAsync_HubAnswers202_PollsUntilReady()
    {
        hub.SpawnPolls = 3;
        var client = hub.Client(time);
        await client.EnsureUserAsync("alice", Ct);

        var url = await time.RunAsync(() => client.StartServerAsync("alice", "analysts", [], Ct));

        Assert.Equal($"{hub.Url}/user/alice/analysts/", url);
        Assert.Contains(hub.Calls, c => c is { Method: "POST", Path: "users/alice/servers/analysts", Status: 202 });
        Assert.Equal(3, hub.Calls.Count(c => c is { Method: "GET", Path: "users/alice" }));
        Assert.Equal([TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(250)], time.Waits);
        Assert.Equal("running", (await client.GetServerAsync("alice", "analysts", Ct))?.Describe());
    }

    [Fact]
    public async Task StartServerAsync_AlreadyRunning_IsIdempotentAndSpawnsOnce()
    {
        var client = hub.Client(time);
        await client.EnsureUserAsync("alice", Ct);
        await client.EnsureUserAsync("alice", Ct);

        await client.StartServerAsync("alice", "analysts", [], Ct);
        await client.StartServerAsync("alice", "analysts", [], Ct);

        Assert.Equal(["alice"], hub.Users);
        Assert.Single(hub.Servers);
        Assert.Equal(1, hub.Spawns);
        Assert.Contains(hub.Calls, c => c is { Method: "POST", Path: "users/alice", Status: 409 });
        Assert.Contains(hub.Calls, c => c is { Method: "POST", Path: "users/alice/servers/analysts", Status: 400 });
    }

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 0)]
    public async Task StopServerAsync_PendingStop_WaitsAndRemovesOnlyWhenAsked(bool remove, int serversLeft)
    {
        hub.StopPolls = 2;
        var client = hub.Client(time);
        await client.EnsureUserAsync("alice", Ct);
        await client.StartServerAsync("alice", "analysts", [], Ct);

        await time.RunAsync(() => client.StopServerAsync("alice", "analysts", remove, Ct));

        Assert.Null(await client.GetServerAsync("alice", "analysts", Ct));
        Assert.Equal(serversLeft, hub.Servers.Count);
        var delete = Assert.Single(hub.Calls, c => c.Method == "DELETE");
        Assert.Equal(202, delete.Status);
        Assert.Equal(remove ? """{"remove":true}""" : "", delete.Body);
    }

    [Fact]
    public async Task StopServerAsync_UnknownServer_IsFine()
    {
        var client = hub.Client(time);
        await client.EnsureUserAsync("alice", Ct);

        await client.StopServerAsync("alice", "analysts", remove: true, Ct);
        await client.StopServerAsync("nobody", "analysts", remove: false, Ct);

        Assert.Equal(2, hub.Calls.Count(c => c is { Method: "DELETE", Status: 404 }));
    }

    [Fact]
    public async Task GetServerAsync_Hub503Twice_RetriesTheRead()
    {
        var client = hub.Client(time);
        await client.EnsureUserAsync("alice", Ct);
        hub.FailNext("GET", "users/alice", 503, "hub is restarting", count: 2);

        var state = await time.RunAsync(() => client.GetServerAsync("alice", "analysts", Ct));

        Assert.Null(state);
        Assert.Equal(3, hub.Calls.Count(c => c.Method == "GET"));
    }

    [Fact]
    public async Task EnsureUserAsync_Hub503_ThrowsWithTheHubsMessage()
    {
        hub.FailNext("POST", "users/alice", 503, "Service Unavailable: the hub database is locked");

        var e = await Assert.ThrowsAsync<JupyterHubException>(() => hub.Client(time).EnsureUserAsync("alice", Ct));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, e.Status);
        Assert.Contains("the hub database is locked", e.Message);
    }

    [Fact]
    public async Task EnsureUserAsync_WrongToken_Throws403WithoutTheToken()
    {
        const string wrong = "wrong-token-0123456789";

        var e = await Assert.ThrowsAsync<JupyterHubException>(() => hub.Client(time, wrong).EnsureUserAsync("alice", Ct));

        Assert.Equal(HttpStatusCode.Forbidden, e.Status);
        Assert.DoesNotContain(wrong, e.ToString());
        Assert.Empty(hub.Users);
    }
}
