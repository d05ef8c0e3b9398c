using Microsoft.Extensions.DependencyInjection;
using Odp.Engine.Access;
using Odp.Engine.Access.Deciding;
using Odp.Engine.Access.Requesting;
using Odp.Engine.Tests.Workspaces.Provisioning;
using Odp.Engine.Notifications;
using Odp.Engine.Tests.Fakes.Kubernetes;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces.Provisioning;
using Odp.IntegrationTests.Storage.Postgres;

namespace Odp.IntegrationTests.Replicas;

/// <summary>Two replicas over one PostgreSQL, the two owners pressing Approve a hundred times between them at once.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ApprovalRaceTests(PostgresFixture postgres)
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task ApproveAsync_HundredPressesSplitAcrossTwoReplicas_OneDecisionOneGrantOneOfEachMessage()
    {
        await using var h = await ReplicaHarness.StartAsync(postgres);
        var second = h.StartReplica();
        var filed = await h.Engine.GetRequiredService<RequestAccess>().ExecuteAsync(
            new AccessRequest("alice", ProvisioningHarness.Dataset, "Q3 churn model", "30d", AccessLevel.Read, ProvisioningHarness.Team), Ct);
        var id = filed.Ticket.Id;
        var replicas = new[] { h.Engine, second };

        foreach (var replica in replicas) await replica.GetRequiredService<ITicketStore>().FindAsync(id, Ct); // both started
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var presses = Enumerable.Range(0, 100).Select(i => Task.Run(async () =>
        {
            await start.Task;
            try
            {
                await replicas[i % 2].GetRequiredService<DecideAccess>().ApproveAsync(id, i % 4 < 2 ? "bob" : "judy", Ct);
                return null;
            }
            catch (Exception e)
            {
                return e;
            }
        })).ToList();
        start.SetResult();
        var outcomes = await Task.WhenAll(presses);

        Assert.Single(outcomes, e => e is null);
        var winner = (await h.TicketAsync(id)).DecidedBy;
        Assert.All(outcomes.OfType<Exception>(), e => Assert.Equal(
            $"{id} is already approved by {winner}, so it can't be approved.", Assert.IsType<TicketTransitionException>(e).Message));
        await h.Time.RunAsync(() => Task.WhenAll(replicas.Select(r => r.GetRequiredService<ProvisioningWorker>().RunOnceAsync(Ct))));

        var ticket = await h.TicketAsync(id);
        Assert.Equal(TicketState.Active, ticket.State);
        Assert.Single(ticket.Events, e => e.To == TicketState.Approved);
        Assert.Single(ticket.Events, e => e.To == TicketState.Active);
        Assert.Single(h.Grants());
        Assert.Single(h.Sent<TicketChanged>(), c => c.Ticket.Id == id && c.Change.To == TicketState.Approved);
        Assert.Single(h.Sent<TicketChanged>(), c => c.Ticket.Id == id && c.Change.To == TicketState.Active);
        Assert.Single(h.Sent<WorkspaceReady>(), r => r.Ticket.Id == id);
        Assert.Single(h.Kubernetes!.Metadata(FakeKubernetesServer.WorkspaceResources[0]));
        Assert.Single(h.Hub.Servers);
    }
}
