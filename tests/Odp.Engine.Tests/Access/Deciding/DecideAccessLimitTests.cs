using Odp.Engine.Errors;
using Odp.Engine.Tickets;

namespace Odp.Engine.Tests.Access.Deciding;

/// <summary>A denial's reason and a typed ticket id are bounded before the ticket is touched.</summary>
public sealed class DecideAccessLimitTests : IAsyncLifetime
{
    private readonly AccessEngine engine = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await engine.DisposeAsync();

    [Fact]
    public async Task DenyAsync_TenMegabyteReason_RefusesNamingTheLimitAndTheTicketStaysPending()
    {
        var id = await engine.RequestAsync();

        var error = await Assert.ThrowsAsync<InvalidRequestException>(
            () => engine.Decisions.DenyAsync(id, "bob", new string('x', 10 * 1024 * 1024), CancellationToken.None));

        Assert.Equal("A reason can be at most 2,000 characters; yours has 10,485,760.", error.Message);
        var ticket = await engine.TicketAsync(id);
        Assert.Equal(TicketState.Pending, ticket.State);
        Assert.Single(ticket.Events);
    }

    [Fact]
    public async Task ApproveAsync_TenMegabyteTicketId_RefusesNamingTheLimit()
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(
            () => engine.Decisions.ApproveAsync("ODP-" + new string('1', 10 * 1024 * 1024), "bob", CancellationToken.None));

        Assert.Equal("A ticket id can be at most 512 characters; yours has 10,485,764.", error.Message);
    }
}
