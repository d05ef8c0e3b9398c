using Microsoft.Extensions.DependencyInjection;
using Odp.Engine.Access.Ending;
using Odp.Engine.Access.Expiry;
using Odp.Engine.Integrations.JupyterHub;
using Odp.Engine.Notifications;
using Odp.Engine.Tests.Workspaces.Provisioning;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces;

namespace Odp.Engine.Tests.Integrations.JupyterHub;

/// <summary>
/// A member's Jupyter server after their grant ends, on the fake hub: stopped by default, removed with
/// <c>Odp:JupyterHub:RemoveServerOnLastRevoke=true</c>, once as the hub sees it however often the release runs, left
/// alone while another live grant of theirs in the workspace needs it; a failing hub does not undo the revocation.
/// </summary>
public sealed class JupyterServerReleaseTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Theory]
    [InlineData(null, "", 1)]
    [InlineData("false", "", 1)]
    [InlineData("true", """{"remove":true}""", 0)]
    public async Task RevokeAsync_LastGrantOfTheMember_StopsOrRemovesTheirServer(string? remove, string deleteBody, int serversLeft)
    {
        await using var h = await ActiveAsync(remove);
        var id = await h.ActiveRequestAsync();

        await h.Engine.GetRequiredService<EndAccess>().RevokeAsync(id, "bob", "project ended", Ct);

        Assert.Equal(TicketState.Revoked, (await h.TicketAsync(id)).State);
        var delete = Assert.Single(h.Hub.Calls, c => c.Method == "DELETE");
        Assert.Equal(("users/alice/servers/analysts", deleteBody), (delete.Path, delete.Body));
        Assert.Equal(serversLeft, h.Hub.Servers.Count);
        Assert.DoesNotContain(h.Hub.Servers, s => s.Active);
    }

    [Theory]
    [InlineData("false")]
    [InlineData("true")]
    public async Task ReleaseAsync_RunAgainAfterTheServerWasReleased_TheHubSeesOneStop(string remove)
    {
        // As after a crash between the hub's answer and the ending marking its server part done.
        await using var h = await ActiveAsync(remove);
        var id = await h.ActiveRequestAsync();
        await h.Engine.GetRequiredService<EndAccess>().RevokeAsync(id, "bob", null, Ct);

        var again = await h.Engine.GetRequiredService<JupyterServerRelease>().ReleaseAsync(await h.TicketAsync(id), Ct);

        Assert.False(again);
        Assert.Single(h.Hub.Calls, c => c.Method == "DELETE");
    }

    [Fact]
    public async Task RevokeAsync_MemberKeepsAnotherGrantInTheWorkspace_LeavesTheServerRunning()
    {
        await using var h = await ActiveAsync("true");
        var orders = await h.ActiveRequestAsync();
        var items = await h.ActiveRequestAsync("lake.sales.order_items");
        var revoke = h.Engine.GetRequiredService<EndAccess>();

        await revoke.RevokeAsync(orders, "alice", null, Ct);

        Assert.DoesNotContain(h.Hub.Calls, c => c.Method == "DELETE");
        Assert.True(Assert.Single(h.Hub.Servers).Ready);

        await revoke.RevokeAsync(items, "alice", null, Ct);

        Assert.Single(h.Hub.Calls, c => c.Method == "DELETE");
        Assert.Empty(h.Hub.Servers);
    }

    [Fact]
    public async Task SweepAsync_LastGrantExpires_StopsTheServerWhilePendingStopIsPolled()
    {
        await using var h = await ActiveAsync("false");
        var id = await h.ActiveRequestAsync(duration: "7d");
        h.Hub.StopPolls = 2;
        h.Time.Advance(TimeSpan.FromDays(7));

        var expired = await h.Time.RunAsync(() => h.Engine.GetRequiredService<ExpireAccess>().SweepAsync(Ct));

        Assert.Equal([id], expired.Select(t => t.Id));
        Assert.Single(h.Hub.Calls, c => c is { Method: "DELETE", Status: 202 });
        var server = Assert.Single(h.Hub.Servers);
        Assert.False(server.Active);
    }

    [Fact]
    public async Task RevokeAsync_HubDown_RevokesAnywayAndAlertsOperators()
    {
        await using var h = await ActiveAsync("true");
        var id = await h.ActiveRequestAsync();
        h.Hub.FailNext("DELETE", "users/alice/servers/analysts", 503, "Service Unavailable: proxy not responding", int.MaxValue);

        await h.Engine.GetRequiredService<EndAccess>().RevokeAsync(id, "alice", null, Ct);

        Assert.Equal(TicketState.Revoked, (await h.TicketAsync(id)).State);
        Assert.Empty(h.Grants());
        var alert = Assert.Single(h.Sent<OpsAlert>());
        Assert.Contains("alice's last grant in workspace analysts ended", alert.Text);
        Assert.Contains("proxy not responding", alert.Text);
        Assert.Single(h.Sent<TicketChanged>(), c => c.Change.To == TicketState.Revoked);
    }

    private static Task<ProvisioningHarness> ActiveAsync(string? remove) => ProvisioningHarness.StartAsync(
        WorkspaceOptions.DirectMode, settings: new() { ["Odp:JupyterHub:RemoveServerOnLastRevoke"] = remove });
}
