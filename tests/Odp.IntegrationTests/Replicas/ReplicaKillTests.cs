using Microsoft.Extensions.DependencyInjection;
using Odp.Engine.Integrations.JupyterHub;
using Odp.Engine.Notifications;
using Odp.Engine.Tests.Fakes.Kubernetes;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces.Provisioning;
using Odp.IntegrationTests.Storage.Postgres;

namespace Odp.IntegrationTests.Replicas;

/// <summary>
/// A replica in its own process is killed (SIGKILL) while it provisions — its grant and workspace steps done, its
/// Jupyter server spawning. The replica left running takes the ticket over once the dead one's claim expires and
/// finishes it, with one of each backend object and one "ready" message.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ReplicaKillTests(PostgresFixture postgres)
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task RunOnceAsync_ReplicaProcessKilledMidProvisioning_TheOtherFinishesWithOneOfEachObject()
    {
        await using var h = await ReplicaHarness.StartAsync(postgres, new() { ["Odp:Provisioning:PollInterval"] = "1s" });
        var id = await h.ApprovedRequestAsync();
        h.Hub.SpawnPolls = 200; // 50 s of the killed replica's polling: it is mid-step when killed

        using (var killed = new ReplicaProcess(h.Settings))
        {
            var spawned = await Task.WhenAny(h.Hub.FirstSpawn, killed.Exited, Task.Delay(Patience));
            Assert.True(spawned == h.Hub.FirstSpawn, "The replica process never spawned the Jupyter server:\n" + killed.Output);
            killed.Kill();
        }

        var stored = await h.TicketAsync(id);
        Assert.Equal(TicketState.Provisioning, stored.State);
        Assert.Equal(StepStatus.Running, stored.Steps.Single(s => s.Name == JupyterServerStep.StepName).Status);
        Assert.Equal(StepStatus.Done, stored.Steps.Single(s => s.Name == WorkspaceStep.StepName).Status);
        var objects = h.Kubernetes!.StoredNames();
        var worker = h.Engine.GetRequiredService<ProvisioningWorker>();
        h.Time.Advance(DateTimeOffset.UtcNow - h.Time.GetUtcNow()); // this replica's clock catches up with the real one
        await h.Time.RunAsync(() => worker.RunOnceAsync(Ct));
        Assert.Equal(TicketState.Provisioning, (await h.TicketAsync(id)).State); // the dead replica's claim still holds

        h.Time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1)); // Odp:Provisioning:ClaimLength
        await h.Time.RunAsync(() => worker.RunOnceAsync(Ct));

        var ticket = await h.TicketAsync(id);
        Assert.Equal(TicketState.Active, ticket.State);
        Assert.Single(ticket.Events, e => e.To == TicketState.Active);
        Assert.Equal(objects, h.Kubernetes.StoredNames());
        Assert.Single(h.Kubernetes.StoredNames()[FakeKubernetesServer.WorkspaceResources[0]]);
        Assert.Equal(1, h.Hub.Spawns);
        Assert.True(Assert.Single(h.Hub.Servers).Ready);
        Assert.Single(h.Grants());
        Assert.Single(h.Sent<WorkspaceReady>());
    }
}
