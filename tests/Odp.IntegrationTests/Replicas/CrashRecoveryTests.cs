using Microsoft.Extensions.DependencyInjection;
using Odp.Engine.Access.Deciding;
using Odp.Engine.Access.Ending;
using Odp.Engine.Notifications;
using Odp.Engine.Storage.LiteDb;
using Odp.Engine.Storage.Postgres;
using Odp.Engine.Tests.Workspaces.Provisioning;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces;
using Odp.IntegrationTests.Storage.Postgres;

namespace Odp.IntegrationTests.Replicas;

/// <summary>
/// The process dies right after a ticket change is stored and before anything it owes was done, on either store. What
/// it owed was stored with it, so the next process does it — once.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class CrashRecoveryTests(PostgresFixture postgres)
{
    [Theory]
    [InlineData("litedb")]
    [InlineData("postgres")]
    public async Task ApproveAsync_DiesRightAfterStoringApproved_NextProcessTellsTheDecisionOnceAndProvisions(string store)
    {
        await using var h = await StartAsync(store);
        var filed = await h.Engine.GetRequiredService<Odp.Engine.Access.Requesting.RequestAccess>().ExecuteAsync(
            new(("alice"), ProvisioningHarness.Dataset, "Q3 churn model", "30d", Odp.Engine.Access.AccessLevel.Read, ProvisioningHarness.Team), CancellationToken.None);
        await h.RestartAsync(s => CrashAfter(s, store, TicketState.Approved, h.Notifier));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => h.Engine.GetRequiredService<DecideAccess>().ApproveAsync(filed.Ticket.Id, "bob", h.Notifier.Power));
        Assert.Equal(TicketState.Approved, (await h.TicketAsync(filed.Ticket.Id)).State);
        Assert.Empty(h.Sent<TicketChanged>());

        await h.RestartAsync();
        await h.ProvisionAsync();

        Assert.Single(h.Sent<TicketChanged>(), c => c.Change.To == TicketState.Approved);
        Assert.Equal(TicketState.Active, (await h.TicketAsync(filed.Ticket.Id)).State);
        Assert.Single(h.Sent<WorkspaceReady>());
    }

    [Theory]
    [InlineData("litedb")]
    [InlineData("postgres")]
    public async Task RunOnceAsync_DiesRightAfterStoringActive_NextProcessTellsTheChangeAndReadyOnce(string store)
    {
        await using var h = await StartAsync(store);
        var id = await h.ApprovedRequestAsync();
        await h.RestartAsync(s => CrashAfter(s, store, TicketState.Active, h.Notifier));

        await h.CrashingProvisionAsync();
        Assert.Equal(TicketState.Active, (await h.TicketAsync(id)).State);
        Assert.Empty(h.Sent<WorkspaceReady>());

        await h.RestartAsync();
        await h.ProvisionAsync();
        await h.ProvisionAsync();

        Assert.Single(h.Sent<TicketChanged>(), c => c.Change.To == TicketState.Active);
        Assert.Single(h.Sent<WorkspaceReady>());
    }

    [Theory]
    [InlineData("litedb")]
    [InlineData("postgres")]
    public async Task RevokeAsync_DiesRightAfterStoringRevoked_NextProcessEndsTheGrantAndTellsOnce(string store)
    {
        await using var h = await StartAsync(store);
        var id = await h.ActiveRequestAsync();
        await h.RestartAsync(s => CrashAfter(s, store, TicketState.Revoked, h.Notifier));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => h.Engine.GetRequiredService<EndAccess>().RevokeAsync(id, "bob", "project ended", h.Notifier.Power));
        Assert.NotEmpty(h.Grants());
        Assert.DoesNotContain(h.Sent<TicketChanged>(), c => c.Change.To == TicketState.Revoked);

        await h.RestartAsync();
        await h.ProvisionAsync();
        await h.ProvisionAsync();

        Assert.Empty(h.Grants());
        Assert.Single(h.Hub.Calls, c => c.Method == "DELETE");
        Assert.Empty((await h.Engine.GetRequiredService<IWorkspaceStore>().FindAsync(ProvisioningHarness.Team, CancellationToken.None))!.Members);
        Assert.Single(h.Sent<TicketChanged>(), c => c.Change.To == TicketState.Revoked);
    }

    private Task<ProvisioningHarness> StartAsync(string store) => store == "postgres"
        ? ReplicaHarness.StartAsync(postgres)
        : ProvisioningHarness.StartAsync(WorkspaceOptions.DirectMode);

    private static void CrashAfter(IServiceCollection services, string store, TicketState state, CrashingNotifier power)
    {
        if (store == "postgres") CrashAfterSaveStore.Register<PostgresTicketStore>(services, state, power);
        else CrashAfterSaveStore.Register<LiteDbTicketStore>(services, state, power);
    }
}
