using Microsoft.Extensions.DependencyInjection;
using Odp.Engine.Access.Ending;
using Odp.Engine.Access.Expiry;
using Odp.Engine.Notifications;
using Odp.Engine.Outbox;
using Odp.Engine.Tests.Workspaces.Provisioning;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces;
using Odp.Engine.Workspaces.Provisioning;

namespace Odp.Engine.Tests.Access.Ending;

/// <summary>
/// What a revocation or an expiry owes the backends survives the process: it dies right after storing the ticket
/// Revoked or Expired, and the next worker pass rewrites the rules and the workspace and stops (or removes) the
/// member's server, once as the hub sees it. In gitops mode the worker follows the revocation commit's pipeline.
/// </summary>
public sealed class EndingWorkTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Theory]
    [InlineData(null, 1)]
    [InlineData("true", 0)]
    public async Task RevokeAsync_ProcessDiesRightAfterStoringRevoked_NextPassReleasesTheServerOnce(string? remove, int serversLeft)
    {
        await using var h = await ProvisioningHarness.StartAsync(WorkspaceOptions.DirectMode, settings: new() { ["Odp:JupyterHub:RemoveServerOnLastRevoke"] = remove });
        var id = await h.ActiveRequestAsync();
        await h.RestartAsync(s => CrashAfterSaveStore.Register(s, TicketState.Revoked, h.Notifier));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => h.Engine.GetRequiredService<EndAccess>().RevokeAsync(id, "bob", "project ended", h.Notifier.Power));

        Assert.Equal(TicketState.Revoked, (await h.TicketAsync(id)).State);
        Assert.True(Assert.Single(h.Hub.Servers).Ready);
        Assert.NotEmpty(h.Grants());

        await h.RestartAsync();
        await h.ProvisionAsync();
        await h.ProvisionAsync();

        Assert.Single(h.Hub.Calls, c => c.Method == "DELETE");
        Assert.Equal(serversLeft, h.Hub.Servers.Count);
        Assert.DoesNotContain(h.Hub.Servers, s => s.Active);
        Assert.Empty(h.Grants());
        Assert.Empty((await WorkspaceAsync(h)).Members);
        Assert.False(await h.Engine.GetRequiredService<ProvisioningWorker>().HasWorkAsync(Ct));
    }

    [Fact]
    public async Task SweepAsync_ProcessDiesRightAfterStoringExpired_NextPassStopsTheServerOnceAndTellsTheRequester()
    {
        await using var h = await ProvisioningHarness.StartAsync(WorkspaceOptions.DirectMode);
        var id = await h.ActiveRequestAsync(duration: "7d");
        h.Time.Advance(TimeSpan.FromDays(7));
        await h.RestartAsync(s => CrashAfterSaveStore.Register(s, TicketState.Expired, h.Notifier));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => h.Engine.GetRequiredService<ExpireAccess>().SweepAsync(h.Notifier.Power));

        Assert.Equal(TicketState.Expired, (await h.TicketAsync(id)).State);
        Assert.True(Assert.Single(h.Hub.Servers).Ready);
        Assert.DoesNotContain(h.Sent<TicketChanged>(), c => c.Change.To == TicketState.Expired);

        await h.RestartAsync();
        await h.ProvisionAsync();
        await h.ProvisionAsync();

        Assert.Single(h.Hub.Calls, c => c.Method == "DELETE");
        Assert.False(Assert.Single(h.Hub.Servers).Active);
        Assert.Empty(h.Grants());
        Assert.Single(h.Sent<TicketChanged>(), c => c.Change.To == TicketState.Expired);
    }

    [Fact]
    public async Task RevokeAsync_GitOps_ServerStopsAtOnceAndTheNextPassFollowsTheRevocationCommitsPipeline()
    {
        await using var h = await ProvisioningHarness.StartAsync(WorkspaceOptions.GitOpsMode);
        var id = await h.ActiveRequestAsync();

        await h.Engine.GetRequiredService<EndAccess>().RevokeAsync(id, "bob", "project ended", Ct);

        Assert.False(Assert.Single(h.Hub.Servers).Active);
        Assert.Equal(2, h.GitLab!.CallsTo("POST", "repository/commits").Count(c => c.Status == 201));
        var revocation = h.GitLab.Pipelines[^1];
        Assert.Equal("pending", h.GitLab.StatusOf(revocation));

        await h.ProvisionAsync();
        await h.ProvisionAsync();

        Assert.Equal("success", h.GitLab.StatusOf(revocation));
        Assert.Equal(2, h.GitLab.Pipelines.Count);
        Assert.Empty(h.GitLab.CallsTo("POST", "pipeline"));
        Assert.False(await h.Engine.GetRequiredService<ProvisioningWorker>().HasWorkAsync(Ct));
    }

    [Fact]
    public async Task RevokeAsync_GitOpsProcessDiesRightAfterStoringRevoked_NextPassCommitsOnceFollowsItsPipelineAndStopsTheServer()
    {
        await using var h = await ProvisioningHarness.StartAsync(WorkspaceOptions.GitOpsMode);
        var id = await h.ActiveRequestAsync();
        await h.RestartAsync(s => CrashAfterSaveStore.Register(s, TicketState.Revoked, h.Notifier));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => h.Engine.GetRequiredService<EndAccess>().RevokeAsync(id, "alice", null, h.Notifier.Power));
        Assert.Single(h.GitLab!.CallsTo("POST", "repository/commits"));

        await h.RestartAsync();
        await h.ProvisionAsync();
        await h.ProvisionAsync();

        Assert.Equal(2, h.GitLab.CallsTo("POST", "repository/commits").Count(c => c.Status == 201));
        Assert.Equal("success", h.GitLab.StatusOf(h.GitLab.Pipelines[^1]));
        Assert.Single(h.Hub.Calls, c => c.Method == "DELETE");
        Assert.False(Assert.Single(h.Hub.Servers).Active);
        Assert.Empty(h.Grants());
    }

    [Fact]
    public async Task FinishOwedAsync_RevocationPipelineFails_AlertsOnceThenRetriesItsJobsOnTheNextPass()
    {
        await using var h = await ProvisioningHarness.StartAsync(WorkspaceOptions.GitOpsMode);
        var id = await h.ActiveRequestAsync();
        h.GitLab!.PipelineScript = ["running", "failed"];
        h.GitLab.RetryScripts.Enqueue(["running", "success"]);
        await h.Engine.GetRequiredService<EndAccess>().RevokeAsync(id, "bob", null, Ct);

        await h.ProvisionAsync();

        var alert = Assert.Single(h.Sent<OpsAlert>());
        Assert.Equal("Workspace change not rolled out", alert.Title);
        Assert.Contains($"{id} (alice, {ProvisioningHarness.Dataset}) was revoked", alert.Text);
        Assert.Contains($"-/pipelines/{h.GitLab.Pipelines[^1]}", alert.Text);
        Assert.Contains("ODP tries again", alert.Text);

        await h.ProvisionAsync();

        Assert.Equal("success", h.GitLab.StatusOf(h.GitLab.Pipelines[^1]));
        Assert.Single(h.GitLab.Calls, c => c.Method == "POST" && c.Path.EndsWith("/retry", StringComparison.Ordinal));
        Assert.Single(h.Sent<OpsAlert>());
        Assert.False(await h.Engine.GetRequiredService<ProvisioningWorker>().HasWorkAsync(Ct));
    }

    [Fact]
    public async Task FinishOwedAsync_HubDownAtRevocationThenBack_NextPassStopsTheServer()
    {
        await using var h = await ProvisioningHarness.StartAsync(WorkspaceOptions.DirectMode);
        var id = await h.ActiveRequestAsync();
        h.Hub.FailNext("DELETE", "users/alice/servers/analysts", 503, "Service Unavailable", int.MaxValue);
        await h.Engine.GetRequiredService<EndAccess>().RevokeAsync(id, "alice", null, Ct);
        Assert.True(Assert.Single(h.Hub.Servers).Ready);

        h.Hub.Recover();
        await h.ProvisionAsync();

        Assert.False(Assert.Single(h.Hub.Servers).Active);
        Assert.Single(h.Sent<OpsAlert>());
        Assert.False(await h.Engine.GetRequiredService<ProvisioningWorker>().HasWorkAsync(Ct));
    }

    [Fact]
    public async Task FinishOwedAsync_HubNeverRecovers_GivesUpAfterMaxAttemptsWithASecondAlert()
    {
        await using var h = await ProvisioningHarness.StartAsync(WorkspaceOptions.DirectMode);
        var id = await h.ActiveRequestAsync();
        h.Hub.FailNext("DELETE", "users/alice/servers/analysts", 503, "Service Unavailable", int.MaxValue);
        await h.Engine.GetRequiredService<EndAccess>().RevokeAsync(id, "alice", null, Ct);

        for (var pass = 1; pass < OutboxDrain.MaxAttempts; pass++) await h.ProvisionAsync();

        Assert.Equal(OutboxDrain.MaxAttempts, h.Hub.Calls.Count(c => c.Method == "DELETE"));
        var alerts = h.Sent<OpsAlert>();
        Assert.Equal(2, alerts.Count);
        Assert.Contains($"gave up after {OutboxDrain.MaxAttempts} attempts", alerts[1].Text);
        Assert.False(await h.Engine.GetRequiredService<ProvisioningWorker>().HasWorkAsync(Ct));
        await h.ProvisionAsync();
        Assert.Equal(OutboxDrain.MaxAttempts, h.Hub.Calls.Count(c => c.Method == "DELETE"));
    }

    private static async Task<WorkspaceRecord> WorkspaceAsync(ProvisioningHarness h) =>
        (await h.Engine.GetRequiredService<IWorkspaceStore>().FindAsync(ProvisioningHarness.Team, Ct))!;
}
