using Microsoft.Extensions.DependencyInjection;
using Odp.Engine.Access.Retrying;
using Odp.Engine.Notifications;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces;
using Odp.Engine.Workspaces.GitOps;
using Odp.Engine.Workspaces.Provisioning;

namespace Odp.Engine.Tests.Workspaces.Provisioning;

/// <summary>
/// GitOps with <c>Odp:GitLab:MergeRequest = true</c>, through the worker: nothing is reported ready before the merge
/// request is merged and the target branch's pipeline succeeded; meanwhile the progress card says what it waits for.
/// </summary>
public sealed class MergeRequestProvisioningTests
{
    private const string FirstWait = "waiting for merge of !1 https://gitlab.example.com/odp/infra/-/merge_requests/1";

    private static Task<ProvisioningHarness> StartAsync() =>
        ProvisioningHarness.StartAsync(WorkspaceOptions.GitOpsMode, settings: new() { ["Odp:GitLab:MergeRequest"] = "true" });

    private static ProvisioningStep Pipeline(TicketData ticket) => ticket.Steps.Single(s => s.Name == PipelineStep.StepName);

    [Fact]
    public async Task ProvisionAsync_MergeRequestOpen_StaysProvisioningAndTheCardSaysWhatItWaitsFor()
    {
        await using var h = await StartAsync();
        var id = await h.ApprovedRequestAsync();

        await h.ProvisionAsync();

        var ticket = await h.TicketAsync(id);
        Assert.Equal(TicketState.Provisioning, ticket.State);
        Assert.Equal((StepStatus.Running, FirstWait), (Pipeline(ticket).Status, Pipeline(ticket).Note));
        Assert.Equal(FirstWait, Pipeline(h.Sent<ProvisioningProgressed>()[^1].Ticket).Note);
        Assert.Empty(h.Sent<WorkspaceReady>());
        Assert.DoesNotContain(h.Sent<TicketChanged>(), c => c.Change.To == TicketState.Active);
        Assert.Empty(h.GitLab!.PipelinesOn("main"));
        Assert.False(await h.Engine.GetRequiredService<ProvisioningWorker>().HasWorkAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ProvisionAsync_AgainBeforeTheMerge_SendsNoNewProgress()
    {
        await using var h = await StartAsync();
        var id = await h.ApprovedRequestAsync();
        await h.ProvisionAsync();
        var sent = h.Sent<ProvisioningProgressed>().Count;
        var started = Pipeline(await h.TicketAsync(id)).StartedAt;

        await h.ProvisionAsync();

        Assert.Equal(sent, h.Sent<ProvisioningProgressed>().Count);
        Assert.Equal(started, Pipeline(await h.TicketAsync(id)).StartedAt);
        Assert.Single(h.GitLab!.CallsTo("POST", "merge_requests"));
    }

    [Fact]
    public async Task ProvisionAsync_AfterTheMerge_FollowsTheTargetBranchPipelineThenActivatesAndTellsReady()
    {
        await using var h = await StartAsync();
        var id = await h.ApprovedRequestAsync();
        await h.ProvisionAsync();
        h.GitLab!.Merge(1);

        await h.ProvisionAsync();

        var ticket = await h.TicketAsync(id);
        Assert.Equal(TicketState.Active, ticket.State);
        Assert.All(ticket.Steps, s => Assert.Equal((StepStatus.Done, (string?)null), (s.Status, s.Note)));
        Assert.Single(h.Sent<WorkspaceReady>());
        var applied = Assert.Single(h.GitLab.PipelinesOn("main"));
        Assert.Equal("success", h.GitLab.StatusOf(applied));
        Assert.Equal([("alice", ProvisioningHarness.Dataset, "SELECT")], h.Grants());
    }

    [Fact]
    public async Task ProvisionAsync_MergeRequestClosed_FailsSayingSoAndRetryOpensANewOne()
    {
        await using var h = await StartAsync();
        var id = await h.ApprovedRequestAsync();
        await h.ProvisionAsync();
        h.GitLab!.Close(1);

        await h.ProvisionAsync();

        var failed = await h.TicketAsync(id);
        Assert.Equal(TicketState.Failed, failed.State);
        Assert.StartsWith("pipeline failed: Merge request !1 was closed without merging", failed.Events[^1].Note);
        Assert.Contains("/odp retry opens a new one", Pipeline(failed).Error);
        Assert.Null(Pipeline(failed).Note);
        Assert.Single(h.Sent<TicketChanged>(), c => c.Change.To == TicketState.Failed);
        Assert.DoesNotContain(h.Time.Waits, w => w < TimeSpan.FromSeconds(10));

        await h.Engine.GetRequiredService<RetryProvisioning>().ExecuteAsync(id, "alice", CancellationToken.None);
        await h.ProvisionAsync();

        var retried = await h.TicketAsync(id);
        Assert.Equal(TicketState.Provisioning, retried.State);
        Assert.Equal("waiting for merge of !2 https://gitlab.example.com/odp/infra/-/merge_requests/2", Pipeline(retried).Note);
        Assert.Equal(1, h.GitLab.OpenMergeRequests);
        Assert.Single(h.GitLab.CallsTo("POST", "repository/commits"), c => c.Status == 201);
    }

    [Fact]
    public async Task RevokeAsync_RolloutWaitsForTheMerge_NoFailureNoAlertThenFollowsTheMergedPipeline()
    {
        await using var h = await StartAsync();
        var id = await h.ApprovedRequestAsync();
        await h.ProvisionAsync();
        h.GitLab!.Merge(1);
        await h.ProvisionAsync();
        Assert.Equal(TicketState.Active, (await h.TicketAsync(id)).State);

        await h.Engine.GetRequiredService<Odp.Engine.Access.Ending.EndAccess>().RevokeAsync(id, "bob", "project ended", CancellationToken.None);
        for (var pass = 0; pass < Odp.Engine.Outbox.OutboxDrain.MaxAttempts + 2; pass++)
        {
            await h.ProvisionAsync();
            h.Time.Advance(Odp.Engine.Outbox.OutboxDrain.WaitingRetry);
        }

        Assert.Empty(h.Sent<OpsAlert>());
        var waiting = await h.Engine.GetRequiredService<Odp.Engine.Outbox.IOutbox>().OwedByAsync(id, CancellationToken.None);
        Assert.Equal((Odp.Engine.Outbox.OwedKind.FollowRollout, 0), (Assert.Single(waiting).Kind, waiting[0].Attempts));

        h.GitLab.Merge(2);
        await h.ProvisionAsync();

        Assert.Empty(await h.Engine.GetRequiredService<Odp.Engine.Outbox.IOutbox>().OwedByAsync(id, CancellationToken.None));
        Assert.Equal(2, h.GitLab.PipelinesOn("main").Count);
        Assert.All(h.GitLab.PipelinesOn("main"), p => Assert.Equal("success", h.GitLab.StatusOf(p)));
        Assert.Empty(h.Sent<OpsAlert>());
    }
}
