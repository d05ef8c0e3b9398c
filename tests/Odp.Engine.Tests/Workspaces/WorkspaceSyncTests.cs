using Microsoft.Extensions.DependencyInjection;
using Odp.Engine.Access.Ending;
using Odp.Engine.Notifications;
using Odp.Engine.Tests.Workspaces.Provisioning;
using Odp.Engine.Workspaces;

namespace Odp.Engine.Tests.Workspaces;

/// <summary>
/// Members' Jupyter links when <c>Odp:Workspaces:JupyterUrl</c> is not where the hub serves: each member keeps the
/// link the hub gave for their server however often the workspace is provisioned again for teammates.
/// </summary>
public sealed class WorkspaceSyncTests
{
    private const string AliceOnHub = "https://notebooks.example.com/jupyter/user/alice/analysts/";
    private const string CarolOnHub = "https://notebooks.example.com/jupyter/user/carol/analysts/";

    [Fact]
    public async Task ProvisionAsync_TeammateProvisionedAfterwards_EachMemberKeepsTheLinkTheHubGave()
    {
        await using var h = await StartAsync();

        await h.ActiveRequestAsync();
        await h.ActiveRequestAsync(requester: "carol");

        var ready = h.Sent<WorkspaceReady>();
        Assert.Equal([AliceOnHub, CarolOnHub], ready.Select(r => r.Workspace.JupyterUrlOf(r.Ticket.User)));
        var workspace = await WorkspaceAsync(h);
        Assert.Equal(AliceOnHub, workspace.JupyterUrlOf("alice"));
        Assert.Equal(CarolOnHub, workspace.JupyterUrlOf("carol"));
        Assert.Equal("http://stale-jupyter.example:8000/user/alice/analysts/", workspace.JupyterUrls["alice"]);
    }

    [Fact]
    public async Task ProvisionAsync_MemberLeft_TheirHubLinkGoesAndTheTeammatesStays()
    {
        await using var h = await StartAsync();
        var alice = await h.ActiveRequestAsync();
        await h.ActiveRequestAsync(requester: "carol");

        await h.Engine.GetRequiredService<EndAccess>().RevokeAsync(alice, "bob", "project ended", CancellationToken.None);

        var workspace = await WorkspaceAsync(h);
        Assert.Null(workspace.JupyterUrlOf("alice"));
        Assert.Equal(CarolOnHub, workspace.JupyterUrlOf("carol"));
    }

    /// <summary>The hub serves under /jupyter/ on its public host; JupyterUrl names an old, different host.</summary>
    private static async Task<ProvisioningHarness> StartAsync()
    {
        var h = await ProvisioningHarness.StartAsync(WorkspaceOptions.DirectMode, settings: new()
        {
            ["Odp:Workspaces:JupyterUrl"] = "http://stale-jupyter.example:8000",
            ["Odp:JupyterHub:PublicUrl"] = "https://notebooks.example.com",
        });
        h.Hub.BaseUrl = "/jupyter/";
        return h;
    }

    private static async Task<WorkspaceRecord> WorkspaceAsync(ProvisioningHarness h) =>
        (await h.Engine.GetRequiredService<IWorkspaceStore>().FindAsync(ProvisioningHarness.Team, CancellationToken.None))!;
}
