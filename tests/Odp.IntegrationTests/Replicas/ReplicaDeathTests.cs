using Microsoft.Extensions.DependencyInjection;
using Odp.Engine.Notifications;
using Odp.Engine.Tests.Fakes.Kubernetes;
using Odp.Engine.Tests.Workspaces.Provisioning;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces.Provisioning;
using Odp.IntegrationTests.Storage.Postgres;

namespace Odp.IntegrationTests.Replicas;

/// <summary>
/// A replica dies in the middle of provisioning — right after its workspace step created the objects, before it could
/// store the step as done. Its power is cut: every call it was making is cancelled and it never runs again, so it
/// releases nothing, as a killed process wouldn't. The other replica leaves the ticket alone while the dead one's
/// claim lasts, then takes it over and finishes it.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ReplicaDeathTests(PostgresFixture postgres)
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task RunOnceAsync_ReplicaDiesMidStep_TheOtherFinishesOnceItsClaimExpiresWithOneOfEachObject()
    {
        await using var h = await ReplicaHarness.StartAsync(postgres);
        var id = await h.ApprovedRequestAsync();
        var dying = h.StartReplica(s => CrashAfterWorkStep.Wrap(s, WorkspaceStep.StepName, h.Notifier));
        var survivor = h.Engine;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => h.Time.RunAsync(() => dying.GetRequiredService<ProvisioningWorker>().RunOnceAsync(h.Notifier.Power)));
        h.Notifier.Restart();
        var objects = h.Kubernetes!.StoredNames();
        Assert.Single(objects[FakeKubernetesServer.WorkspaceResources[0]]);
        Assert.Equal(StepStatus.Running, (await h.TicketAsync(id)).Steps.Single(s => s.Name == WorkspaceStep.StepName).Status);

        await h.Time.RunAsync(() => survivor.GetRequiredService<ProvisioningWorker>().RunOnceAsync(Ct));
        Assert.Equal(TicketState.Provisioning, (await h.TicketAsync(id)).State);
        Assert.False(await survivor.GetRequiredService<ProvisioningWorker>().HasWorkAsync(Ct));

        h.Time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1)); // Odp:Provisioning:ClaimLength
        Assert.True(await survivor.GetRequiredService<ProvisioningWorker>().HasWorkAsync(Ct));
        await h.Time.RunAsync(() => survivor.GetRequiredService<ProvisioningWorker>().RunOnceAsync(Ct));

        var ticket = await h.TicketAsync(id);
        Assert.Equal(TicketState.Active, ticket.State);
        Assert.Single(ticket.Events, e => e.To == TicketState.Active);
        Assert.Equal(objects, h.Kubernetes.StoredNames());
        Assert.All(h.Kubernetes.StoredNames().Values, names => Assert.Equal(names.Distinct().Count(), names.Count));
        Assert.Single(h.Hub.Servers);
        Assert.Single(h.Grants());
        Assert.Single(h.Sent<WorkspaceReady>());
        Assert.Single(h.Sent<TicketChanged>(), c => c.Change.To == TicketState.Active);
    }
}
