using Odp.Engine.Storage.PostedCards;

namespace Odp.IntegrationTests.Storage.PostedCards;

/// <summary>What every <see cref="IPostedCardStore"/> does, run on each implementation (LiteDB, PostgreSQL).</summary>
public abstract class PostedCardStoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    protected abstract Task<IPostedCardStore> NewStoreAsync();

    [Fact]
    public async Task FindAsync_CardsOfTwoKindsAndTickets_OnlyThatTicketsKindInPostedOrder()
    {
        var store = await NewStoreAsync();
        await store.AddAsync("ODP-1", "approval", new PostedCard("slack", "D0BOB", "1700000000.000100"), None);
        await store.AddAsync("ODP-1", "approval", new PostedCard("mattermost", "dm-judy", "post-7"), None);
        await store.AddAsync("ODP-1", "progress", new PostedCard("slack", "D0ALICE", "1700000000.000200"), None);
        await store.AddAsync("ODP-2", "approval", new PostedCard("slack", "D0BOB", "1700000000.000300"), None);

        var approvals = await store.FindAsync("ODP-1", "approval", None);

        Assert.Equal([new PostedCard("slack", "D0BOB", "1700000000.000100"), new PostedCard("mattermost", "dm-judy", "post-7")], approvals);
        Assert.Empty(await store.FindAsync("ODP-3", "approval", None));
    }

    [Fact]
    public async Task AddAsync_SameCardTwice_KeepsOne()
    {
        var store = await NewStoreAsync();
        var card = new PostedCard("slack", "D0BOB", "1700000000.000100");

        await store.AddAsync("ODP-1", "approval", card, None);
        await store.AddAsync("ODP-1", "approval", card, None);

        Assert.Equal([card], await store.FindAsync("ODP-1", "approval", None));
    }
}
