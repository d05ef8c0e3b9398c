using Odp.Engine.Outbox;
using Odp.Engine.Tickets;
using static Odp.IntegrationTests.Storage.Tickets.TicketSamples;

namespace Odp.IntegrationTests.Storage.Outbox;

/// <summary>
/// What every <see cref="IOutbox"/> does, run on each implementation (LiteDB, PostgreSQL). Items only come in with a
/// ticket save, so each test owes its work through the ticket store of the same store.
/// </summary>
public abstract class OutboxContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>The outbox under test; every call in one test opens the same store.</summary>
    protected abstract Task<IOutbox> NewOutboxAsync();

    /// <summary>The ticket store of the store <see cref="NewOutboxAsync"/> opens.</summary>
    protected abstract Task<ITicketStore> NewTicketStoreAsync();

    [Fact]
    public async Task OwedByAsync_WorkOwedOverTwoSaves_InOrderDueAtEachChangesLastEvent()
    {
        var (tickets, outbox) = (await NewTicketStoreAsync(), await NewOutboxAsync());
        var ticket = await tickets.CreateAsync(Owing(Start, OwedKind.TellFiled), None);
        ticket.Approve("bob", Start.AddMinutes(5));
        ticket.Owe(OwedKind.TellChange);
        ticket.Owe(OwedKind.ApplyGrants);
        await tickets.SaveAsync(ticket, None);

        var owed = await outbox.OwedByAsync(ticket.Id, None);

        Assert.Equal(
            [
                (ticket.Id, OwedKind.TellFiled, -1, 0, Start),
                (ticket.Id, OwedKind.TellChange, 1, 0, Start.AddMinutes(5)),
                (ticket.Id, OwedKind.ApplyGrants, -1, 0, Start.AddMinutes(5)),
            ],
            owed.Select(i => (i.TicketId, i.Kind, i.Event, i.Attempts, i.DueAt)));
        Assert.True(owed[0].Id < owed[1].Id && owed[1].Id < owed[2].Id);
        Assert.Empty(ticket.Owed);
    }

    [Fact]
    public async Task OwedByAsync_SaveOwingNothing_AddsNothing()
    {
        var (tickets, outbox) = (await NewTicketStoreAsync(), await NewOutboxAsync());
        var ticket = await tickets.CreateAsync(Open(), None);
        ticket.Approve("bob", Start.AddMinutes(5));
        await tickets.SaveAsync(ticket, None);

        Assert.Empty(await outbox.OwedByAsync(ticket.Id, None));
        Assert.Empty(await outbox.OwedByAsync("ODP-99", None));
        Assert.Equal(0, await outbox.CountAsync(None));
    }

    [Fact]
    public async Task DueTicketsAsync_ItemsDueLaterAndNow_TicketsWithDueItemsOnceEachByOldestItem()
    {
        var (tickets, outbox) = (await NewTicketStoreAsync(), await NewOutboxAsync());
        var later = await tickets.CreateAsync(Owing(Start.AddMinutes(10), OwedKind.TellFiled), None);            // ODP-1: due at 10
        var first = await tickets.CreateAsync(Owing(Start, OwedKind.TellFiled, OwedKind.ApplyGrants), None);    // ODP-2: due at 0
        var second = await tickets.CreateAsync(Owing(Start.AddMinutes(1), OwedKind.TellFiled), None);           // ODP-3: due at 1
        first.Approve("bob", Start.AddMinutes(2));
        first.Owe(OwedKind.TellChange);
        await tickets.SaveAsync(first, None);

        Assert.Equal([first.Id, second.Id], await outbox.DueTicketsAsync(Start.AddMinutes(5), 10, None));
        Assert.Equal([later.Id, first.Id, second.Id], await outbox.DueTicketsAsync(Start.AddMinutes(10), 10, None));
        Assert.Equal([later.Id, first.Id], await outbox.DueTicketsAsync(Start.AddMinutes(10), 2, None));
        Assert.Equal([first.Id], await outbox.DueTicketsAsync(Start, 10, None));
        Assert.Empty(await outbox.DueTicketsAsync(Start.AddSeconds(-1), 10, None));
        Assert.Equal(5, await outbox.CountAsync(None));
    }

    [Fact]
    public async Task PostponeAsync_FailedItem_KeptWithItsAttemptsAndNotDueBeforeItsTime()
    {
        var (tickets, outbox) = (await NewTicketStoreAsync(), await NewOutboxAsync());
        var ticket = await tickets.CreateAsync(Owing(Start, OwedKind.TellFiled, OwedKind.ApplyGrants), None);
        var owed = await outbox.OwedByAsync(ticket.Id, None);

        await outbox.PostponeAsync(owed[1].Id, 3, Start.AddMinutes(30), None);
        await outbox.DoneAsync(owed[0].Id, None);

        Assert.Equal([owed[1] with { Attempts = 3, DueAt = Start.AddMinutes(30) }], await outbox.OwedByAsync(ticket.Id, None));
        Assert.Empty(await outbox.DueTicketsAsync(Start.AddMinutes(29), 10, None));
        Assert.Equal([ticket.Id], await outbox.DueTicketsAsync(Start.AddMinutes(30), 10, None));
    }

    [Fact]
    public async Task PostponeAsync_RemovedItem_DoesNothing()
    {
        var (tickets, outbox) = (await NewTicketStoreAsync(), await NewOutboxAsync());
        var ticket = await tickets.CreateAsync(Owing(Start, OwedKind.TellFiled), None);
        var item = Assert.Single(await outbox.OwedByAsync(ticket.Id, None));
        await outbox.DoneAsync(item.Id, None);

        await outbox.PostponeAsync(item.Id, 1, Start.AddMinutes(1), None);

        Assert.Equal(0, await outbox.CountAsync(None));
    }

    [Fact]
    public async Task DoneAsync_ItemTwice_RemovedOnceAndTheOthersKept()
    {
        var (tickets, outbox) = (await NewTicketStoreAsync(), await NewOutboxAsync());
        var ticket = await tickets.CreateAsync(Owing(Start, OwedKind.TellFiled, OwedKind.ApplyGrants, OwedKind.UpdateWorkspace), None);
        var owed = await outbox.OwedByAsync(ticket.Id, None);

        await outbox.DoneAsync(owed[1].Id, None);
        await outbox.DoneAsync(owed[1].Id, None);

        Assert.Equal([owed[0], owed[2]], await outbox.OwedByAsync(ticket.Id, None));
        Assert.Equal(2, await outbox.CountAsync(None));
    }

    [Fact]
    public async Task BacklogAsync_ItemsOwedPostponedAndDone_CountsThemAndKeepsTheFirstOwedTime()
    {
        var (tickets, outbox) = (await NewTicketStoreAsync(), await NewOutboxAsync());
        Assert.Equal(new OutboxBacklog(0, null), await outbox.BacklogAsync(None));
        var first = await tickets.CreateAsync(Owing(Start, OwedKind.TellFiled, OwedKind.ApplyGrants), None);
        await tickets.CreateAsync(Owing(Start.AddMinutes(3), OwedKind.TellFiled), None);
        var owed = await outbox.OwedByAsync(first.Id, None);

        await outbox.DoneAsync(owed[0].Id, None);
        await outbox.PostponeAsync(owed[1].Id, 2, Start.AddHours(1), None);

        Assert.Equal(new OutboxBacklog(2, Start), await outbox.BacklogAsync(None));
        await outbox.DoneAsync(owed[1].Id, None);
        Assert.Equal(new OutboxBacklog(1, Start.AddMinutes(3)), await outbox.BacklogAsync(None));
    }

    /// <summary>A new ticket opened at <paramref name="at"/> that owes <paramref name="kinds"/>.</summary>
    private static Func<string, Ticket> Owing(DateTimeOffset at, params OwedKind[] kinds) => id =>
    {
        var ticket = Open(at: at)(id);
        foreach (var kind in kinds) ticket.Owe(kind);
        return ticket;
    };
}
