using Microsoft.Extensions.DependencyInjection;
using Odp.Engine.Access.Retrying;
using Odp.Engine.Notifications;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces;

namespace Odp.Engine.Tests.Workspaces.Provisioning;

/// <summary>
/// Backends that fail, through their fake servers: a few failures are retried with backoff on the clock (no sleeps)
/// and the ticket still becomes Active; a backend that keeps failing fails the ticket naming the step and the
/// backend's own words; once it recovers, a retry resumes from the failed step without redoing the earlier ones.
/// </summary>
public sealed class ProvisioningFaultTests
{
    private static readonly TimeSpan[] Backoff = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)];

    [Fact]
    public async Task ProvisionAsync_KubernetesAnswers500FiveTimes_RetriesAfterABackoffAndActivates()
    {
        await using var h = await ProvisioningHarness.StartAsync(WorkspaceOptions.DirectMode);
        var id = await h.ApprovedRequestAsync();
        // The first attempt of the workspace step sees four 500s (one call, three quick retries), the second one more.
        h.Kubernetes!.FailNext("namespaces", 500, count: 5, "etcdserver: leader changed");

        await h.ProvisionAsync();

        await ProvisionedOnce.AssertAsync(h, id);
        Assert.Equal([Backoff[0]], h.Time.Waits);
        Assert.Equal(5, h.Kubernetes.Calls.Count(c => c.Status == 500));
    }

    [Fact]
    public async Task ProvisionAsync_StepRetried_ProgressIsToldAgainOnTheRetrySoTheCardShowsTheStepStillRunning()
    {
        await using var h = await ProvisioningHarness.StartAsync(WorkspaceOptions.DirectMode);
        var id = await h.ApprovedRequestAsync();
        h.Kubernetes!.FailNext("namespaces", 500, count: 5, "etcdserver: leader changed");

        await h.ProvisionAsync();

        await ProvisionedOnce.AssertAsync(h, id);
        var workspace = h.Sent<ProvisioningProgressed>().Select(p => p.Ticket.Steps.Single(s => s.Name == "workspace").Status).ToList();
        // Pending until it began; running when it began and again when it was retried; then done.
        Assert.Equal(2, workspace.Count(s => s == StepStatus.Running));
        Assert.Equal(StepStatus.Done, workspace[^1]);
    }

    [Fact]
    public async Task ProvisionAsync_JupyterHubAnswers503Twice_RetriesWithGrowingBackoffAndActivates()
    {
        await using var h = await ProvisioningHarness.StartAsync(WorkspaceOptions.GitOpsMode);
        var id = await h.ApprovedRequestAsync();
        h.Hub.FailNext("POST", "users/alice", 503, "Service Unavailable", count: 2);

        await h.ProvisionAsync();

        await ProvisionedOnce.AssertAsync(h, id);
        Assert.Equal(Backoff, h.Time.Waits.Where(w => w < TimeSpan.FromSeconds(10)));
        Assert.Equal(2, h.Hub.Calls.Count(c => c.Status == 503));
    }

    [Fact]
    public async Task ProvisionAsync_PipelineFailsThenItsRetrySucceeds_ActivatesFollowingTheSamePipeline()
    {
        await using var h = await ProvisioningHarness.StartAsync(WorkspaceOptions.GitOpsMode);
        var id = await h.ApprovedRequestAsync();
        h.GitLab!.PipelineScript = ["running", "failed"];
        h.GitLab.RetryScripts.Enqueue(["running", "success"]);

        await h.ProvisionAsync();

        await ProvisionedOnce.AssertAsync(h, id);
        Assert.Single(h.GitLab.Calls, c => c.Method == "POST" && c.Path.EndsWith("/retry", StringComparison.Ordinal));
        Assert.Contains(Backoff[0], h.Time.Waits);
    }

    [Theory]
    [InlineData("kubernetes", "workspace", "etcdserver: request timed out")]
    [InlineData("jupyterhub", "jupyter-server", "Service Unavailable: the hub's proxy is not responding")]
    [InlineData("gitlab", "pipeline", "with status 'failed': https://gitlab.example.com/odp/infra/-/pipelines/100")]
    public async Task ProvisionAsync_BackendAlwaysFails_TicketFailsNamingStepAndBackendErrorAndRetryResumesThere(
        string backend, string step, string backendText)
    {
        await using var h = await ProvisioningHarness.StartAsync(backend == "kubernetes" ? WorkspaceOptions.DirectMode : WorkspaceOptions.GitOpsMode);
        var id = await h.ApprovedRequestAsync();
        Break(h, backend, backendText);

        await h.ProvisionAsync();

        var failed = await h.TicketAsync(id);
        Assert.Equal(TicketState.Failed, failed.State);
        Assert.StartsWith($"{step} failed: ", failed.Events[^1].Note);
        Assert.Contains(backendText, failed.Events[^1].Note);
        Assert.Contains(backendText, failed.Steps.Single(s => s.Name == step).Error);
        Assert.Equal(Backoff, h.Time.Waits.Where(w => w < TimeSpan.FromSeconds(10)));
        Assert.Single(h.Sent<TicketChanged>(), c => c.Change.To == TicketState.Failed);
        Assert.Empty(h.Sent<WorkspaceReady>());
        Assert.Empty(h.Grants());
        var before = EarlierBackendCalls(h, backend);
        var earlier = failed.Steps.TakeWhile(s => s.Name != step).ToList();

        Recover(h, backend);
        await h.Engine.GetRequiredService<RetryProvisioning>().ExecuteAsync(id, "alice", CancellationToken.None);
        await h.ProvisionAsync();

        await ProvisionedOnce.AssertAsync(h, id);
        Assert.Equal(earlier, (await h.TicketAsync(id)).Steps.Take(earlier.Count));
        Assert.Equal(before, EarlierBackendCalls(h, backend));
    }

    [Fact]
    public async Task ProvisionAsync_ProcessDiesRightAfterStoringTheFailure_NewProcessTellsItOnceAndTakesTheGrantOut()
    {
        await using var h = await ProvisioningHarness.StartAsync(WorkspaceOptions.DirectMode);
        var id = await h.ApprovedRequestAsync();
        h.Kubernetes!.FailNext("namespaces", 500, int.MaxValue, "etcdserver: request timed out");
        await h.RestartAsync(s => CrashAfterSaveStore.Register(s, TicketState.Failed, h.Notifier));

        await h.CrashingProvisionAsync();

        Assert.Equal(TicketState.Failed, (await h.TicketAsync(id)).State);
        Assert.DoesNotContain(h.Sent<TicketChanged>(), c => c.Change.To == TicketState.Failed);
        Assert.NotEmpty(h.Grants());

        await h.RestartAsync();
        await h.ProvisionAsync();

        var told = Assert.Single(h.Sent<TicketChanged>(), c => c.Change.To == TicketState.Failed);
        Assert.Contains("etcdserver: request timed out", told.Change.Note);
        Assert.Equal(StepStatus.Failed, h.Sent<ProvisioningProgressed>()[^1].Ticket.Steps.Single(s => s.Name == "workspace").Status);
        Assert.Empty(h.Grants());
    }

    private static void Break(ProvisioningHarness h, string backend, string text)
    {
        switch (backend)
        {
            case "kubernetes": h.Kubernetes!.FailNext("namespaces", 500, int.MaxValue, text); break;
            case "jupyterhub": h.Hub.FailNext("POST", "users/alice", 503, text, int.MaxValue); break;
            default: h.GitLab!.PipelineScript = ["running", "failed"]; break;
        }
    }

    private static void Recover(ProvisioningHarness h, string backend)
    {
        switch (backend)
        {
            case "kubernetes": h.Kubernetes!.Recover(); break;
            case "jupyterhub": h.Hub.Recover(); break;
            default: h.GitLab!.PipelineScript = ["running", "success"]; break;
        }
    }

    /// <summary>Calls to the backends of the steps before the failed one: the GitLab repository (commits) unless Kubernetes failed.</summary>
    private static int EarlierBackendCalls(ProvisioningHarness h, string backend) => backend == "kubernetes"
        ? 0
        : h.GitLab!.Calls.Count(c => c.Path.StartsWith("repository/", StringComparison.Ordinal) || (backend == "jupyterhub" && c.Path.StartsWith("pipelines", StringComparison.Ordinal)));
}
