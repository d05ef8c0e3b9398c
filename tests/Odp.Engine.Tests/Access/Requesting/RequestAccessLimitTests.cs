using Odp.Engine.Access;
using Odp.Engine.Access.Requesting;
using Odp.Engine.Errors;

namespace Odp.Engine.Tests.Access.Requesting;

/// <summary>What a person types into a request is bounded before anything is looked up or stored.</summary>
public sealed class RequestAccessLimitTests : IAsyncLifetime
{
    private const int TenMegabytes = 10 * 1024 * 1024;
    private readonly AccessEngine engine = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await engine.DisposeAsync();

    [Fact]
    public async Task ExecuteAsync_TenMegabyteReason_RefusesNamingTheLimitAndStoresNothing()
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => RequestAsync(reason: new string('x', TenMegabytes)));

        Assert.Equal("A reason can be at most 2,000 characters; yours has 10,485,760.", error.Message);
        Assert.Empty(await engine.TicketsAsync());
        Assert.Empty(engine.Notifier.Sent);
    }

    [Fact]
    public async Task ExecuteAsync_ReasonOfExactlyTheMaximum_IsFiled()
    {
        var outcome = await RequestAsync(reason: new string('x', 2000));

        Assert.Equal(2000, outcome.Ticket.Reason.Length);
        Assert.Single(await engine.TicketsAsync());
    }

    [Fact]
    public async Task ExecuteAsync_ConfiguredMaximum_IsTheOneNamed()
    {
        await using var strict = new AccessEngine(new() { ["Odp:Access:ReasonMaxLength"] = "40" });

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => strict.Requests.ExecuteAsync(
            new AccessRequest("alice", AccessEngine.Dataset, new string('x', 41), null, AccessLevel.Read, null), CancellationToken.None));

        Assert.Equal("A reason can be at most 40 characters; yours has 41.", error.Message);
    }

    [Theory]
    [InlineData("dataset", "A dataset name")]
    [InlineData("duration", "A duration")]
    [InlineData("workspace", "A workspace name")]
    [InlineData("team", "A team name")]
    public async Task ExecuteAsync_OverlongName_RefusesNamingTheLimitAndStoresNothing(string field, string what)
    {
        var name = new string('a', TenMegabytes);

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => RequestAsync(
            dataset: field == "dataset" ? name : AccessEngine.Dataset,
            duration: field == "duration" ? name : null,
            workspace: field == "workspace" ? name : null,
            team: field == "team" ? name : null));

        Assert.Equal($"{what} can be at most 512 characters; yours has 10,485,760.", error.Message);
        Assert.Empty(await engine.TicketsAsync());
    }

    private Task<RequestOutcome> RequestAsync(
        string reason = AccessEngine.Reason, string dataset = AccessEngine.Dataset, string? duration = null, string? workspace = null, string? team = null) =>
        engine.Requests.ExecuteAsync(new AccessRequest("alice", dataset, reason, duration, AccessLevel.Read, workspace, team), CancellationToken.None);
}
