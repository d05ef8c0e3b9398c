namespace Odp.Bot.Tests.Api;

/// <summary><c>GET /api/v1/workspaces</c>: one entry per team of the caller.</summary>
public sealed class WorkspaceEndpointTests : IAsyncLifetime
{
    private readonly ApiHost host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task List_BeforeAnyApproval_ShowsEachTeamWithoutAWorkspace()
    {
        var carol = await host.As("carol");

        var body = await ApiHost.ReadAsync(await carol.GetAsync("/api/v1/workspaces"));

        Assert.Equal(["marketing-owners", "analysts"], body.EnumerateArray().Select(w => w.GetProperty("team").GetString()));
        Assert.All(body.EnumerateArray(), w => Assert.False(w.GetProperty("provisioned").GetBoolean()));
        Assert.All(body.EnumerateArray(), w => Assert.Equal(0, w.GetProperty("grants").GetArrayLength()));
    }
}
