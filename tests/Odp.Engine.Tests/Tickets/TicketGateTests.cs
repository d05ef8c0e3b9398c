using Microsoft.Extensions.Time.Testing;
using Odp.Engine.Errors;
using Odp.Engine.Tests.Access;
using Odp.Engine.Tickets;

namespace Odp.Engine.Tests.Tickets;

public sealed class TicketGateTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly AccessEngine engine = new();
    private readonly FakeTimeProvider time = new(TicketWalk.Start.AddHours(1));
    private readonly TicketGate gate;
    private readonly TicketStoreView temp;

    public TicketGateTests()
    {
        gate = engine.Get<TicketGate>();
        temp = new TicketStoreView(engine.Get<ITicketStore>());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => engine.DisposeAsync().AsTask();

    [Fact]
    public async Task ChangeAsync_SomeoneSavesInBetween_RunsTheChangeAgainOnTheStoredTicket()
    {
        var ticket = await temp.CreateAsync();
        var runs = 0;

        await gate.ChangeAsync(ticket.Id, async t =>
        {
            if (runs++ == 0)
            {
                var other = (await temp.Store.FindAsync(ticket.Id, None))!;
                other.Approve("bob", time.GetUtcNow());
                await temp.Store.SaveAsync(other, None);
            }
            if (t.State == TicketState.Pending) t.Deny("carol", "not needed", time.GetUtcNow());
            return true;
        }, None);

        Assert.Equal(2, runs);
        var stored = (await temp.Store.FindAsync(ticket.Id, None))!;
        Assert.Equal(TicketState.Approved, stored.State);
        Assert.Equal(2, stored.Data.Version);
    }

    [Fact]
    public async Task ChangeAsync_OthersWinEveryAttempt_GivesUpAfterMaxAttemptsNamingTheLimit()
    {
        var ticket = await temp.CreateAsync(TicketState.Provisioning);
        var runs = 0;

        var error = await Assert.ThrowsAsync<UnavailableException>(() => gate.ChangeAsync(ticket.Id, async t =>
        {
            runs++;
            var other = (await temp.Store.FindAsync(ticket.Id, None))!;
            other.BeginStep(other.Data.Steps[0].Name, time.GetUtcNow());
            await temp.Store.SaveAsync(other, None);
            t.Revoke("alice", null, time.GetUtcNow());
            return true;
        }, None));

        Assert.Equal(TicketGate.MaxAttempts, runs);
        Assert.Contains("TicketGate.MaxAttempts", error.Message);
        Assert.Equal(TicketState.Provisioning, (await temp.Store.FindAsync(ticket.Id, None))!.State);
    }

    [Fact]
    public async Task ChangeAsync_FiftyConcurrentApprovals_ExactlyOneWins()
    {
        var ticket = await temp.CreateAsync();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(async () =>
        {
            try
            {
                await gate.ChangeAsync(ticket.Id, t => t.Approve($"owner-{i}", time.GetUtcNow()), None);
                return null;
            }
            catch (Exception e)
            {
                return e;
            }
        })));

        Assert.Single(outcomes, e => e is null);
        Assert.Equal(49, outcomes.Count(e => e is TicketTransitionException));
        var stored = (await temp.Store.FindAsync(ticket.Id, None))!;
        Assert.Equal(TicketState.Approved, stored.State);
        Assert.Single(stored.Data.Events, e => e.To == TicketState.Approved);
        Assert.Equal(2, stored.Data.Version);
    }

    [Fact]
    public async Task ChangeAsync_Change_SavesOnceWithTheNewEvent()
    {
        var ticket = await temp.CreateAsync();

        await gate.ChangeAsync(ticket.Id.ToLowerInvariant(), t => t.Deny("bob", "not needed", time.GetUtcNow()), None);

        var stored = (await temp.Store.FindAsync(ticket.Id, None))!;
        Assert.Equal(TicketState.Denied, stored.State);
        Assert.Equal("not needed", stored.Data.DecisionNote);
        Assert.Equal(2, stored.Data.Version);
    }

    [Fact]
    public async Task ChangeAsync_NoModification_DoesNotSave()
    {
        var ticket = await temp.CreateAsync();

        var state = await gate.ChangeAsync(ticket.Id, t => Task.FromResult(t.State), None);

        Assert.Equal(TicketState.Pending, state);
        Assert.Equal(1, (await temp.Store.FindAsync(ticket.Id, None))!.Data.Version);
    }

    [Fact]
    public async Task ChangeAsync_RefusedTrigger_PropagatesAndDoesNotSave()
    {
        var ticket = await temp.CreateAsync(TicketState.Denied);

        await Assert.ThrowsAsync<TicketTransitionException>(
            () => gate.ChangeAsync(ticket.Id, t => t.Approve("bob", time.GetUtcNow()), None));

        Assert.Equal(1, (await temp.Store.FindAsync(ticket.Id, None))!.Data.Version);
    }

    [Fact]
    public async Task ChangeAsync_UnknownId_ThrowsNotFound()
    {
        await temp.CreateAsync();

        var error = await Assert.ThrowsAsync<NotFoundException>(
            () => gate.ChangeAsync("odp-42", t => t.Approve("bob", time.GetUtcNow()), None));

        Assert.Contains("ODP-42", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("42")]
    [InlineData("ODP-")]
    [InlineData("TICKET-1")]
    public async Task ChangeAsync_MalformedId_ThrowsInvalidRequest(string id)
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(
            () => gate.ChangeAsync(id, t => t.Approve("bob", time.GetUtcNow()), None));

        Assert.Contains("ODP-12", error.Message);
    }

    [Fact]
    public async Task ChangeAsync_ChangeThrows_NextChangeStillWorks()
    {
        var ticket = await temp.CreateAsync();
        await Assert.ThrowsAsync<InvalidOperationException>(
            () => gate.ChangeAsync(ticket.Id, _ => throw new InvalidOperationException("boom"), None));

        await gate.ChangeAsync(ticket.Id, t => t.Cancel("alice", time.GetUtcNow()), None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(TicketState.Cancelled, (await temp.Store.FindAsync(ticket.Id, None))!.State);
    }
}
