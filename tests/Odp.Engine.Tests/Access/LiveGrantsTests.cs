using Odp.Engine.Storage.LiteDb;
using Odp.Engine.Access;
using Odp.Engine.Directory;
using Odp.Engine.Hosting;
using Odp.Engine.Storage;
using Odp.Engine.Tests.Integrations.Trino;
using Odp.Engine.Tests.Tickets;
using Odp.Engine.Tickets;

namespace Odp.Engine.Tests.Access;

/// <summary>The one query for live grants: Provisioning and Active tickets, by workspace, and by who they cover.</summary>
public sealed class LiveGrantsTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly TempDirectory temp = new();
    private readonly OdpDatabase database;
    private readonly LiteDbTicketStore store;
    private readonly LiveGrants live;

    public LiveGrantsTests()
    {
        database = new OdpDatabase(new DataDirectory(temp.Path));
        store = new LiteDbTicketStore(database);
        var directory = new YamlDirectory(DirectoryFile.Parse("""
            users:
              - {id: alice, groups: [analysts]}
              - {id: bob, groups: [analysts]}
              - {id: carol, groups: [finance]}
            groups:
              - {id: analysts}
              - {id: finance}
            """, "directory.yaml"));
        live = new LiveGrants(store, new MemberGrants(store, directory));
    }

    public void Dispose()
    {
        database.Dispose();
        temp.Dispose();
    }

    [Fact]
    public async Task AllAsync_EveryState_OnlyProvisioningAndActiveGrant()
    {
        foreach (var state in Enum.GetValues<TicketState>()) await AddAsync(state, "alice", "analysts");

        var all = await live.AllAsync(None);

        Assert.Equal([TicketState.Provisioning, TicketState.Active], all.Select(t => t.State).Order());
        Assert.All(Enum.GetValues<TicketState>(), s => Assert.Equal(s is TicketState.Provisioning or TicketState.Active, LiveGrants.IsLive(s)));
    }

    [Fact]
    public async Task InWorkspaceAsync_TwoTeams_OnlyThatTeamsLiveGrants()
    {
        await AddAsync(TicketState.Active, "alice", "analysts");
        await AddAsync(TicketState.Active, "carol", "finance");
        await AddAsync(TicketState.Pending, "bob", "analysts");

        var analysts = await live.InWorkspaceAsync("analysts", None);

        Assert.Equal(["alice"], analysts.Select(t => t.User));
    }

    [Fact]
    public async Task OfMemberAsync_TeamTicket_CoversEveryMemberButNoOneElse()
    {
        await AddAsync(TicketState.Active, "alice", "analysts", team: "analysts");
        await AddAsync(TicketState.Provisioning, "bob", "analysts");

        var bob = await live.OfMemberAsync("bob", "analysts", None);
        var carol = await live.OfMemberAsync("carol", "analysts", None);

        Assert.Equal(2, bob.Count);
        Assert.Empty(carol);
    }

    private async Task AddAsync(TicketState state, string user, string workspace, string? team = null)
    {
        var request = TicketWalk.Request(user: user, workspace: workspace) with { Team = team };
        await store.CreateAsync(id => TicketWalk.To(state, id, request), None);
    }
}
