using Odp.Engine.Access;
using Odp.Engine.Access.Deciding;
using Odp.Engine.Access.Ending;
using Odp.Engine.Access.Queries;
using Odp.Engine.Access.Requesting;
using Odp.Engine.Access.Retrying;
using Odp.Engine.Catalog.Finding;
using Odp.Engine.Directory;
using Odp.Engine.Errors;
using Odp.Engine.Tests.Access.Drift;
using Odp.Engine.Tests.Fakes;
using Odp.Engine.Tickets;

namespace Odp.Engine.Tests.Access;

/// <summary>
/// Every write asks the directory itself who is acting: a person it no longer has, or has disabled, can't request,
/// approve, deny, cancel, revoke or retry, though the cached reads still know them; nothing is written.
/// </summary>
public sealed class ParticipantsTests : IAsyncLifetime
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly ChangingDirectory directory = new(YamlDirectory.Load(RepoPaths.DemoDirectory));
    private readonly AccessEngine engine;

    public ParticipantsTests()
    {
        engine = new AccessEngine(directory: directory);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await engine.DisposeAsync();

    [Theory]
    [InlineData("approve")]
    [InlineData("deny")]
    public async Task Decide_ByAnOwnerTheDirectoryNoLongerHas_IsRefusedAndTheTicketStaysPending(string verb)
    {
        var id = await RequestAsync("alice");
        directory.Remove("bob");
        Assert.NotNull(await directory.FindUserAsync("bob", Ct));

        var refused = await Assert.ThrowsAsync<NotAllowedException>(() => Act(verb, id, "bob"));

        Assert.Equal("I don't know a user 'bob' in the directory (any more), so you can't request, decide or end access. Ask an admin to add you.", refused.Message);
        await AssertUnchangedAsync(id, TicketState.Pending, events: 1);
        await Get<DecideAccess>().ApproveAsync(id, "judy", Ct);
    }

    [Theory]
    [InlineData("approve")]
    [InlineData("deny")]
    public async Task Decide_ByADisabledOwner_IsRefusedSayingTheAccountIsDisabled(string verb)
    {
        var id = await RequestAsync("alice");
        directory.Disable("bob");

        var refused = await Assert.ThrowsAsync<NotAllowedException>(() => Act(verb, id, "bob"));

        Assert.Contains("Your directory account 'bob' is disabled", refused.Message);
        await AssertUnchangedAsync(id, TicketState.Pending, events: 1);
    }

    [Fact]
    public async Task RequestAsync_ByAUserTheDirectoryNoLongerHas_IsRefusedAndNoTicketIsFiled()
    {
        directory.Remove("alice");

        await Assert.ThrowsAsync<NotAllowedException>(() => RequestAsync("alice"));

        Assert.Empty(await Get<ITicketStore>().QueryAsync(new TicketQuery(), Ct));
        Assert.Empty(engine.Notifier.Sent);
    }

    [Fact]
    public async Task RequestAsync_ByADisabledUser_IsRefusedAndNoTicketIsFiled()
    {
        directory.Disable("alice");

        await Assert.ThrowsAsync<NotAllowedException>(() => RequestAsync("alice"));

        Assert.Empty(await Get<ITicketStore>().QueryAsync(new TicketQuery(), Ct));
    }

    [Fact]
    public async Task CancelAsync_ByARequesterTheDirectoryNoLongerHas_IsRefused()
    {
        var id = await RequestAsync("alice");
        directory.Remove("alice");

        await Assert.ThrowsAsync<NotAllowedException>(() => Act("cancel", id, "alice"));

        await AssertUnchangedAsync(id, TicketState.Pending, events: 1);
    }

    [Theory]
    [InlineData("revoke", "alice")]
    [InlineData("revoke", "bob")]
    [InlineData("retry", "alice")]
    public async Task EndOrRetry_BySomeoneTheDirectoryNoLongerHas_IsRefusedBeforeTheTicketIsLookedAt(string verb, string by)
    {
        var id = await RequestAsync("alice");
        await Get<DecideAccess>().ApproveAsync(id, "bob", Ct);
        directory.Remove(by);

        var refused = await Assert.ThrowsAsync<NotAllowedException>(() => Act(verb, id, by));

        Assert.StartsWith($"I don't know a user '{by}'", refused.Message);
        await AssertUnchangedAsync(id, TicketState.Approved, events: 2);
    }

    [Fact]
    public async Task RevokeAsync_ByTheRequesterStillInTheDirectory_Works()
    {
        var id = await RequestAsync("alice");
        await Get<DecideAccess>().ApproveAsync(id, "bob", Ct);
        directory.Disable("judy");

        await Get<EndAccess>().RevokeAsync(id, "alice", null, Ct);

        Assert.Equal(TicketState.Revoked, (await Get<ITicketStore>().FindAsync(id, Ct))!.State);
    }

    [Theory]
    [InlineData("lake.sales.ordrs")]
    [InlineData("qqqq.nowhere.zzzz")]
    public async Task RequireDatasetAsync_UnknownName_RefusedAsShowRefusesIt(string name)
    {
        var requested = await Assert.ThrowsAsync<NotFoundException>(() => Get<Participants>().RequireDatasetAsync(name, Ct));
        var shown = await Assert.ThrowsAsync<NotFoundException>(() => Get<FindDatasets>().ShowAsync(name, Ct));

        Assert.Equal(shown.Message, requested.Message);
        Assert.StartsWith($"There is no dataset {name}.", requested.Message);
        Assert.DoesNotContain("/odp", requested.Message);
    }

    [Fact]
    public async Task StatusAsync_UnknownTicket_SaysHowToFindItsIdInWords()
    {
        var e = await Assert.ThrowsAsync<NotFoundException>(() => Get<TicketQueries>().StatusAsync("ODP-404", "alice", Ct));

        Assert.Equal("There is no ticket ODP-404. List your tickets to find its id.", e.Message);
        Assert.Null(e.Usage);
    }

    private T Get<T>() where T : notnull => engine.Get<T>();

    private async Task<string> RequestAsync(string user) =>
        (await Get<RequestAccess>().ExecuteAsync(
            new AccessRequest(user, "lake.sales.orders", "Q3 churn model", "30d", AccessLevel.Read, null), Ct)).Ticket.Id;

    private Task Act(string verb, string id, string by) => verb switch
    {
        "approve" => Get<DecideAccess>().ApproveAsync(id, by, Ct),
        "deny" => Get<DecideAccess>().DenyAsync(id, by, "Use the daily revenue table", Ct),
        "cancel" => Get<EndAccess>().CancelAsync(id, by, Ct),
        "revoke" => Get<EndAccess>().RevokeAsync(id, by, "project ended", Ct),
        "retry" => Get<RetryProvisioning>().ExecuteAsync(id, by, Ct),
        _ => throw new ArgumentOutOfRangeException(nameof(verb)),
    };

    private async Task AssertUnchangedAsync(string id, TicketState state, int events)
    {
        var ticket = (await Get<ITicketStore>().FindAsync(id, Ct))!;
        Assert.Equal(state, ticket.State);
        Assert.Equal(events, ticket.Data.Events.Count);
    }
}
