using Odp.Engine.Storage.LiteDb;
using Odp.Engine.Access;
using Odp.Engine.Tickets;

namespace Odp.Engine.Tests.Tickets;

public sealed class LiteDbTicketStoreTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempTicketStore temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task CreateAsync_SeveralTickets_IdsAreSequential()
    {
        var ids = new List<string>();
        for (var i = 0; i < 3; i++) ids.Add((await temp.CreateAsync()).Id);

        Assert.Equal(["ODP-1", "ODP-2", "ODP-3"], ids);
    }

    [Fact]
    public async Task CreateAsync_AfterRestart_ContinuesNumbering()
    {
        await temp.CreateAsync();
        await temp.CreateAsync();

        temp.Restart();
        var next = await temp.CreateAsync();

        Assert.Equal("ODP-3", next.Id);
        Assert.NotNull(await temp.Store.FindAsync("ODP-1", None));
    }

    [Fact]
    public async Task CreateAsync_NewTicket_IsStoredAtVersionOne()
    {
        var created = await temp.CreateAsync();

        Assert.Equal(1, created.Data.Version);
        Assert.Equal(1, (await temp.Store.FindAsync(created.Id, None))!.Data.Version);
    }

    [Theory]
    [InlineData(TicketState.Pending)]
    [InlineData(TicketState.Denied)]
    [InlineData(TicketState.Active)]
    [InlineData(TicketState.Failed)]
    [InlineData(TicketState.Revoked)]
    public async Task FindAsync_AfterCreate_RoundTripsEveryField(TicketState state)
    {
        var created = await temp.CreateAsync(state);

        temp.Restart();
        var found = await temp.Store.FindAsync(created.Id, None);

        AssertSameData(created.Data, found!.Data);
    }

    [Fact]
    public async Task FindAsync_OddTicksAndOffsetsAndNulls_RoundTripsToTheTick()
    {
        var at = new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.FromHours(2)).AddTicks(1_234_567);
        var data = new TicketData(
            "ODP-1", "lake.hr.people", "carol", AccessLevel.Read, TimeSpan.FromTicks(864_000_000_123),
            "team planning spreadsheet", "ws-carol", TicketState.Failed, at, at.AddDays(3).AddTicks(1), "dave", null,
            [new TicketEvent(at, "carol", null, TicketState.Pending, null), new TicketEvent(at.AddTicks(7), "odp", TicketState.Provisioning, TicketState.Failed, "x failed: y")],
            [new ProvisioningStep("a", StepStatus.Done, at, at.AddTicks(3)), new ProvisioningStep("b", StepStatus.Failed, null, at.AddTicks(9), "boom"), new ProvisioningStep("c", StepStatus.Pending)],
            0);

        var created = await temp.Store.CreateAsync(id => Ticket.Restore(data with { Id = id }), None);
        var found = (await temp.Store.FindAsync(created.Id, None))!;

        AssertSameData(data with { Version = 1 }, found.Data);
        Assert.Equal(at.UtcTicks, found.Data.CreatedAt.UtcTicks);
        Assert.Equal(at.AddTicks(3).UtcTicks, found.Data.Steps[0].FinishedAt!.Value.UtcTicks);
    }

    [Fact]
    public async Task FindAsync_TeamRequest_RoundTripsTheTeam()
    {
        var request = new TicketRequest("lake.sales.orders", "alice", AccessLevel.Read, TimeSpan.FromDays(30), "Q3 churn model", "analysts", "analysts");
        var created = await temp.Store.CreateAsync(id => Ticket.Open(id, request, TicketWalk.Start), None);

        temp.Restart();
        var found = (await temp.Store.FindAsync(created.Id, None))!;

        Assert.Equal("analysts", found.Data.Team);
        Assert.Equal("team analysts", found.Data.Grantee);
        AssertSameData(created.Data, found.Data);
    }

    [Fact]
    public async Task SaveAsync_CurrentVersion_StoresChangeAndBumpsVersion()
    {
        var created = await temp.CreateAsync();
        created.Approve("bob", TicketWalk.Start.AddHours(1));

        await temp.Store.SaveAsync(created, None);

        Assert.Equal(2, created.Data.Version);
        AssertSameData(created.Data, (await temp.Store.FindAsync(created.Id, None))!.Data);
    }

    [Fact]
    public async Task SaveAsync_StaleVersion_ThrowsConcurrentTicketUpdateException()
    {
        var created = await temp.CreateAsync();
        var first = (await temp.Store.FindAsync(created.Id, None))!;
        var second = (await temp.Store.FindAsync(created.Id, None))!;
        first.Approve("bob", TicketWalk.Start.AddHours(1));
        second.Deny("dave", "no", TicketWalk.Start.AddHours(1));
        await temp.Store.SaveAsync(first, None);

        var error = await Assert.ThrowsAsync<ConcurrentTicketUpdateException>(() => temp.Store.SaveAsync(second, None));

        Assert.Contains(created.Id, error.Message);
        Assert.Equal(TicketState.Approved, (await temp.Store.FindAsync(created.Id, None))!.State);
    }

    [Fact]
    public async Task QueryAsync_NoFilter_ReturnsAllOldestFirst()
    {
        for (var i = 0; i < 12; i++) await temp.CreateAsync();

        var found = await temp.Store.QueryAsync(new TicketQuery(), None);

        Assert.Equal(Enumerable.Range(1, 12).Select(n => $"ODP-{n}"), found.Select(t => t.Id));
    }

    [Fact]
    public async Task QueryAsync_Filters_MatchStatesUserDatasetAndWorkspace()
    {
        await Create(TicketState.Pending, "lake.sales.orders", "alice", "ws-a");   // ODP-1
        await Create(TicketState.Active, "lake.sales.orders", "bob", "ws-b");      // ODP-2
        await Create(TicketState.Denied, "lake.hr.people", "alice", "ws-a");       // ODP-3
        await Create(TicketState.Failed, "lake.hr.people", "bob", "ws-a");         // ODP-4
        await Create(TicketState.Active, "lake.hr.people", "alice", "ws-b");       // ODP-5

        Assert.Equal(["ODP-2", "ODP-4", "ODP-5"], await Ids(new(States: [TicketState.Active, TicketState.Failed])));
        Assert.Equal(["ODP-1", "ODP-3", "ODP-5"], await Ids(new(User: "ALICE")));
        Assert.Equal(["ODP-3", "ODP-4", "ODP-5"], await Ids(new(Dataset: "lake.hr.people")));
        Assert.Equal(["ODP-2", "ODP-5"], await Ids(new(Workspace: "ws-b")));
        Assert.Equal(["ODP-5"], await Ids(new(States: [TicketState.Active], User: "alice", Dataset: "lake.hr.people")));
        Assert.Empty(await Ids(new(States: [TicketState.Expired])));
        Assert.Equal(5, (await Ids(new(States: []))).Count);
    }

    [Theory]
    [InlineData("ODP-1")]
    [InlineData("odp-1")]
    [InlineData("ODP-01")]
    [InlineData("  Odp-001 ")]
    public async Task FindAsync_IdInAnyCaseOrPadding_FindsTheTicket(string id)
    {
        await temp.CreateAsync();

        var found = await temp.Store.FindAsync(id, None);

        Assert.Equal("ODP-1", found?.Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ODP-")]
    [InlineData("ODP-0")]
    [InlineData("1")]
    [InlineData("ODP-x")]
    [InlineData("ODP-1; drop")]
    [InlineData("ODP-2")]
    [InlineData("ODP-99999999999999999999")]
    public async Task FindAsync_GarbageOrUnknownId_ReturnsNull(string id)
    {
        await temp.CreateAsync();

        Assert.Null(await temp.Store.FindAsync(id, None));
    }

    private Task<Ticket> Create(TicketState state, string dataset, string user, string workspace) =>
        temp.Store.CreateAsync(id => Ticket.Restore(TicketWalk.To(state, id).Data with { Dataset = dataset, User = user, Workspace = workspace }), None);

    private async Task<List<string>> Ids(TicketQuery query) => [.. (await temp.Store.QueryAsync(query, None)).Select(t => t.Id)];

    private static void AssertSameData(TicketData expected, TicketData actual)
    {
        Assert.Equal(expected.Events, actual.Events);
        Assert.Equal(expected.Steps, actual.Steps);
        Assert.Equal(expected with { Events = actual.Events, Steps = actual.Steps }, actual);
    }
}
