using Microsoft.Extensions.DependencyInjection;
using Odp.Engine.Access.Expiry;
using Odp.Engine.Notifications;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces;
using Odp.IntegrationTests.Storage.Postgres;

namespace Odp.IntegrationTests.Replicas;

/// <summary>Three replicas over one PostgreSQL when a grant's time is up: it ends once, and people hear of it once.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ExpiryReplicasTests(PostgresFixture postgres)
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task RunOnceAsync_ThreeReplicasAtExpiry_OneSweepsOneRevocationOneNotice()
    {
        await using var h = await ReplicaHarness.StartAsync(postgres);
        var id = await h.ActiveRequestAsync(duration: "7d");
        IServiceProvider[] replicas = [h.Engine, h.StartReplica(), h.StartReplica()];
        h.Time.Advance(TimeSpan.FromDays(7));

        var swept = await h.Time.RunAsync(() => Task.WhenAll(replicas.Select(r => r.GetRequiredService<ExpiryWorker>().RunOnceAsync(Ct))));

        Assert.Single(swept, s => s.Count > 0);
        await AssertEndedOnceAsync(h, id);
    }

    [Fact]
    public async Task SweepAsync_ThreeReplicasSweepAtOnceWithoutTheLease_StillOneRevocationOneNotice()
    {
        await using var h = await ReplicaHarness.StartAsync(postgres);
        var id = await h.ActiveRequestAsync(duration: "7d");
        IServiceProvider[] replicas = [h.Engine, h.StartReplica(), h.StartReplica()];
        h.Time.Advance(TimeSpan.FromDays(7));

        var swept = await h.Time.RunAsync(() => Task.WhenAll(replicas.Select(r => r.GetRequiredService<ExpireAccess>().SweepAsync(Ct))));

        Assert.Equal(1, swept.Sum(s => s.Count));
        await AssertEndedOnceAsync(h, id);
    }

    private static async Task AssertEndedOnceAsync(Odp.Engine.Tests.Workspaces.Provisioning.ProvisioningHarness h, string id)
    {
        var ticket = await h.TicketAsync(id);
        Assert.Equal(TicketState.Expired, ticket.State);
        Assert.Single(ticket.Events, e => e.To == TicketState.Expired);
        Assert.Single(h.Sent<TicketChanged>(), c => c.Change.To == TicketState.Expired);
        Assert.Empty(h.Grants());
        Assert.Single(h.Hub.Calls, c => c.Method == "DELETE");
        var workspace = await h.Engine.GetRequiredService<IWorkspaceStore>().FindAsync(Odp.Engine.Tests.Workspaces.Provisioning.ProvisioningHarness.Team, Ct);
        Assert.Empty(workspace!.Members);
    }
}
