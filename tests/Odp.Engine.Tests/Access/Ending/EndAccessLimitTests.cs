using Odp.Engine.Errors;
using Odp.Engine.Tickets;

namespace Odp.Engine.Tests.Access.Ending;

/// <summary>A revocation's reason is bounded before the ticket is touched.</summary>
public sealed class EndAccessLimitTests : IAsyncLifetime
{
    private readonly AccessEngine engine = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await engine.DisposeAsync();

    [Fact]
    public async Task RevokeAsync_TenMegabyteReason_RefusesNamingTheLimitAndAccessStays()
    {
        var id = await engine.RequestAsync();
        await engine.Decisions.ApproveAsync(id, "bob", CancellationToken.None);

        var error = await Assert.ThrowsAsync<InvalidRequestException>(
            () => engine.Endings.RevokeAsync(id, "bob", new string('x', 10 * 1024 * 1024), CancellationToken.None));

        Assert.Equal("A reason can be at most 2,000 characters; yours has 10,485,760.", error.Message);
        Assert.Equal(TicketState.Approved, (await engine.TicketAsync(id)).State);
    }
}
