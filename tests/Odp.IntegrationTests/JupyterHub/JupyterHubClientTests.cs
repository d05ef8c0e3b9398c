using System.Net;
using System.Text.Json.Nodes;
using Odp.Engine.Integrations.JupyterHub;

namespace Odp.IntegrationTests.JupyterHub;

/// <summary>The typed client against a real hub. Each test uses its own hub user; few servers are spawned (~110 MB each).</summary>
[Collection(JupyterHubCollection.Name)]
public sealed class JupyterHubClientTests(JupyterHubFixture hub)
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task EnsureUserAsync_Twice_CreatesThenAcceptsTheExistingUser()
    {
        var client = hub.NewClient();

        await client.EnsureUserAsync("ensure-twice", Ct);
        await client.EnsureUserAsync("ensure-twice", Ct);

        Assert.Null(await client.GetServerAsync("ensure-twice", "none", Ct));
    }

    [Fact]
    public async Task StartServerAsync_NewNamedServer_ReadyUrlAnswersApiStatus200AndStartingAgainIsIdempotent()
    {
        var client = hub.NewClient();
        await client.EnsureUserAsync("starter", Ct);

        var url = await client.StartServerAsync("starter", "team-a", new JsonObject { ["workspace"] = "team-a" }, Ct);
        var again = await client.StartServerAsync("starter", "team-a", new JsonObject { ["workspace"] = "team-a" }, Ct);

        Assert.Equal($"{hub.Url}/user/starter/team-a/", url);
        Assert.Equal(url, again);
        Assert.Equal(HttpStatusCode.OK, await hub.ServerStatusAsync(url));
        var state = await client.GetServerAsync("starter", "team-a", Ct);
        Assert.Equal("running", state?.Describe());
    }

    [Fact]
    public async Task StopServerAsync_RunningServerWithRemove_ServerIsGoneAndStoppingAgainIsFine()
    {
        var client = hub.NewClient();
        await client.EnsureUserAsync("stopper", Ct);
        var url = await client.StartServerAsync("stopper", "team-b", new JsonObject(), Ct);

        await client.StopServerAsync("stopper", "team-b", remove: true, Ct);
        await client.StopServerAsync("stopper", "team-b", remove: true, Ct);

        Assert.Null(await client.GetServerAsync("stopper", "team-b", Ct));
        Assert.False((await hub.ServersAsync("stopper")).ContainsKey("team-b"));
        Assert.NotEqual(HttpStatusCode.OK, await hub.ServerStatusAsync(url));
    }

    [Fact]
    public async Task EnsureUserAsync_WrongToken_ThrowsJupyterHubExceptionWith403AndNoToken()
    {
        const string wrong = "wrong-token-0123456789";
        var client = hub.NewClient(token: wrong);

        var error = await Assert.ThrowsAsync<JupyterHubException>(() => client.EnsureUserAsync("intruder", Ct));

        Assert.Equal(HttpStatusCode.Forbidden, error.Status);
        Assert.NotNull(error.HubMessage);
        Assert.DoesNotContain(wrong, error.ToString());
    }
}
