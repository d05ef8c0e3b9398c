using Odp.Engine.Access;
using Odp.Engine.Outbox;
using Odp.Engine.Tickets;
using static Odp.IntegrationTests.Storage.Tickets.TicketSamples;

namespace Odp.IntegrationTests.Storage.Tickets;

/// <summary>What every <see cref="ITicketStore"/> does, run on each implementation (LiteDB, PostgreSQL).</summary>
public abstract class TicketStoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>The ticket store under test; every call in one test opens the same store.</summary>
    protected abstract Task<ITicketStore> NewTicketStoreAsync();

    /// <summary>The outbox of the store <see cref="NewTicketStoreAsync"/> opens.</summary>
    protected abstract Task<IOutbox> NewOutboxAsync();

    [Fact]
    public async Task CreateAsync_SeveralTickets_IdsIncreaseFromOneAtVersionOne()
    {
        var store = await NewTicketStoreAsync();

        var created = new List<Ticket>();
        for (var i = 0; i < 3; i++) created.Add(await store.CreateAsync(Open(), None));

        Assert.Equal(["ODP-1", "ODP-2", "ODP-3"], created.Select(t => t.Id));
        Assert.All(created, t => Assert.Equal(1, t.Data.Version));
        Assert.Equal(1, (await store.FindAsync("ODP-3", None))!.Data.Version);
    }

    [Fact]
    public async Task CreateAsync_FiftyAtOnce_DistinctIdsWithoutGaps()
    {
        var store = await NewTicketStoreAsync();

        var created = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => store.CreateAsync(Open(), None))));

        Assert.Equal(
            Enumerable.Range(1, 50).Select(n => $"ODP-{n}"),
            created.Select(t => t.Id).OrderBy(TicketIds.Number));
        Assert.Equal(50, (await store.QueryAsync(new TicketQuery(), None)).Count);
    }

    [Fact]
    public async Task FindAsync_TicketWithEventsStepsTeamAndExpiry_RoundTripsEveryField()
    {
        var store = await NewTicketStoreAsync();
        var request = Request(team: "Analysts");

        var created = await store.CreateAsync(In(TicketState.Active, request), None);
        var found = await store.FindAsync(created.Id, None);

        AssertSameData(created.Data, found!.Data);
        Assert.Equal("Analysts", found.Data.Team);
        Assert.Equal(TicketState.Active, found.State);
        Assert.NotNull(found.Data.ExpiresAt);
        Assert.Equal(4, found.Data.Events.Count);
        Assert.All(found.Data.Steps, s => Assert.NotNull(s.FinishedAt));
    }

    [Fact]
    public async Task FindAsync_OddTicksOffsetsAndNulls_RoundTripsToTheTick()
    {
        var store = await NewTicketStoreAsync();
        var at = new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.FromHours(2)).AddTicks(1_234_567);
        var data = new TicketData(
            "ODP-1", "lake.hr.people", "carol", AccessLevel.Write, TimeSpan.FromTicks(864_000_000_123),
            "team planning \"spreadsheet\" ✓", "ws-carol", TicketState.Failed, at, at.AddDays(3).AddTicks(1), "dave", "fine, once",
            [new TicketEvent(at, "carol", null, TicketState.Pending, null), new TicketEvent(at.AddTicks(7), "odp", TicketState.Provisioning, TicketState.Failed, "x failed: y")],
            [new ProvisioningStep("a", StepStatus.Done, at, at.AddTicks(3)), new ProvisioningStep("b", StepStatus.Failed, null, at.AddTicks(9), "boom"), new ProvisioningStep("c", StepStatus.Pending),
                new ProvisioningStep("d", StepStatus.Running, at, Note: "waiting for merge of !4 https://gitlab.example.com/odp/infra/-/merge_requests/4")],
            0);

        var created = await store.CreateAsync(id => Ticket.Restore(data with { Id = id }), None);
        var found = (await store.FindAsync(created.Id, None))!;

        AssertSameData(data with { Version = 1 }, found.Data);
        Assert.Equal(at.UtcTicks, found.Data.CreatedAt.UtcTicks);
        Assert.Equal(at.AddTicks(9).UtcTicks, found.Data.Steps[1].FinishedAt!.Value.UtcTicks);
    }

    [Theory]
    [InlineData("odp-2")]
    [InlineData("  Odp-002 ")]
    public async Task FindAsync_IdInAnyCaseOrPadding_FindsTheTicket(string id)
    {
        var store = await NewTicketStoreAsync();
        await store.CreateAsync(Open(), None);
        await store.CreateAsync(Open(), None);

        Assert.Equal("ODP-2", (await store.FindAsync(id, None))?.Id);
    }

    [Theory]
    [InlineData("ODP-3")]
    [InlineData("ODP-0")]
    [InlineData("ODP-1; drop table tickets")]
    public async Task FindAsync_UnknownOrGarbageId_Null(string id)
    {
        var store = await NewTicketStoreAsync();
        await store.CreateAsync(Open(), None);

        Assert.Null(await store.FindAsync(id, None));
    }

    [Fact]
    public async Task SaveAsync_CurrentVersion_StoresTheChangeAndBumpsTheVersion()
    {
        var store = await NewTicketStoreAsync();
        var ticket = await store.CreateAsync(Open(), None);
        ticket.Approve("bob", Start.AddHours(1));

        await store.SaveAsync(ticket, None);

        Assert.Equal(2, ticket.Data.Version);
        AssertSameData(ticket.Data, (await store.FindAsync(ticket.Id, None))!.Data);
    }

    [Fact]
    public async Task SaveAsync_StaleVersion_ThrowsAndStoresNeitherTheChangeNorItsWork()
    {
        var store = await NewTicketStoreAsync();
        var outbox = await NewOutboxAsync();
        var created = await store.CreateAsync(Open(), None);
        var first = (await store.FindAsync(created.Id, None))!;
        var second = (await store.FindAsync(created.Id, None))!;
        first.Approve("bob", Start.AddHours(1));
        first.Owe(OwedKind.TellChange);
        await store.SaveAsync(first, None);
        second.Deny("dave", "no", Start.AddHours(2));
        second.Owe(OwedKind.TellChange);
        second.Owe(OwedKind.ApplyGrants);

        var error = await Assert.ThrowsAsync<ConcurrentTicketUpdateException>(() => store.SaveAsync(second, None));

        Assert.Contains(created.Id, error.Message);
        var stored = (await store.FindAsync(created.Id, None))!;
        Assert.Equal((TicketState.Approved, 2), (stored.State, stored.Data.Version));
        Assert.Equal([new OwedWork(OwedKind.TellChange, 1)], (await outbox.OwedByAsync(created.Id, None)).Select(i => new OwedWork(i.Kind, i.Event)));
        Assert.Equal(1, await outbox.CountAsync(None));
        Assert.Equal(1, second.Data.Version);
    }

    [Fact]
    public async Task SaveAsync_TwentyCopiesOfOneVersionAtOnce_ExactlyOneIsStored()
    {
        var store = await NewTicketStoreAsync();
        var outbox = await NewOutboxAsync();
        var created = await store.CreateAsync(Open(), None);
        var copies = new List<Ticket>();
        for (var i = 0; i < 20; i++)
        {
            var copy = (await store.FindAsync(created.Id, None))!;
            copy.Approve($"owner-{i}", Start.AddMinutes(i + 1));
            copy.Owe(OwedKind.TellChange);
            copies.Add(copy);
        }

        var outcomes = await Task.WhenAll(copies.Select(c => Task.Run(async () =>
        {
            try
            {
                await store.SaveAsync(c, None);
                return c.Data.DecidedBy;
            }
            catch (ConcurrentTicketUpdateException)
            {
                return null;
            }
        })));

        var winner = Assert.Single(outcomes, o => o is not null);
        var stored = (await store.FindAsync(created.Id, None))!;
        Assert.Equal((winner, 2), (stored.Data.DecidedBy, stored.Data.Version));
        Assert.Single(await outbox.OwedByAsync(created.Id, None));
    }

    [Fact]
    public async Task SaveAsync_TicketNeverCreated_Throws()
    {
        var store = await NewTicketStoreAsync();
        var ticket = Ticket.Restore(Ticket.Open("ODP-7", Request(), Start).Data with { Version = 1 });

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.SaveAsync(ticket, None));
        Assert.Null(await store.FindAsync("ODP-7", None));
    }

    [Fact]
    public async Task CountByStateAsync_TicketsInSeveralStates_CountsEachStateThatHasSome()
    {
        var store = await NewTicketStoreAsync();
        Assert.Empty(await store.CountByStateAsync(None));
        foreach (var state in new[] { TicketState.Pending, TicketState.Active, TicketState.Active, TicketState.Denied, TicketState.Active })
            await store.CreateAsync(In(state), None);

        var counts = await store.CountByStateAsync(None);

        Assert.Equal(new Dictionary<TicketState, int> { [TicketState.Pending] = 1, [TicketState.Active] = 3, [TicketState.Denied] = 1 }, counts);
    }

    [Fact]
    public async Task QueryAsync_NoFilter_AllOldestFirstByNumber()
    {
        var store = await NewTicketStoreAsync();
        for (var i = 0; i < 12; i++) await store.CreateAsync(Open(), None);

        var found = await store.QueryAsync(new TicketQuery(), None);

        Assert.Equal(Enumerable.Range(1, 12).Select(n => $"ODP-{n}"), found.Select(t => t.Id));
    }

    [Fact]
    public async Task QueryAsync_Filters_MatchStatesAndUserDatasetWorkspaceIgnoringCase()
    {
        var store = await NewTicketStoreAsync();
        await store.CreateAsync(In(TicketState.Pending, Request("lake.sales.orders", "alice", "ws-a")), None); // ODP-1
        await store.CreateAsync(In(TicketState.Active, Request("lake.sales.orders", "Bob", "ws-b")), None);   // ODP-2
        await store.CreateAsync(In(TicketState.Denied, Request("lake.hr.people", "alice", "WS-A")), None);    // ODP-3
        await store.CreateAsync(In(TicketState.Failed, Request("Lake.HR.People", "bob", "ws-a")), None);      // ODP-4
        await store.CreateAsync(In(TicketState.Active, Request("lake.hr.people", "ALICE", "ws-b")), None);    // ODP-5

        async Task<List<string>> Ids(TicketQuery query) => [.. (await store.QueryAsync(query, None)).Select(t => t.Id)];

        Assert.Equal(["ODP-2", "ODP-4", "ODP-5"], await Ids(new(States: [TicketState.Active, TicketState.Failed])));
        Assert.Equal(["ODP-1", "ODP-3", "ODP-5"], await Ids(new(User: "Alice")));
        Assert.Equal(["ODP-3", "ODP-4", "ODP-5"], await Ids(new(Dataset: "lake.hr.people")));
        Assert.Equal(["ODP-1", "ODP-3", "ODP-4"], await Ids(new(Workspace: "ws-A")));
        Assert.Equal(["ODP-5"], await Ids(new(States: [TicketState.Active], User: "alice", Dataset: "LAKE.hr.people", Workspace: "ws-b")));
        Assert.Empty(await Ids(new(States: [TicketState.Expired])));
        Assert.Empty(await Ids(new(User: "carol")));
        Assert.Equal(5, (await Ids(new(States: []))).Count);
    }
}
