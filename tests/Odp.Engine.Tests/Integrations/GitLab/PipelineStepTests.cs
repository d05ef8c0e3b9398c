using Odp.Engine.Tests.Fakes.GitLab;
using Odp.Engine.Workspaces.GitOps;

namespace Odp.Engine.Tests.Integrations.GitLab;

public sealed class PipelineStepTests
{
    private static async Task<GitOpsHarness> ProvisionedAsync(Action<FakeGitLab>? setup = null)
    {
        var h = await GitOpsHarness.StartAsync(o => o.PollInterval = "10s");
        setup?.Invoke(h.GitLab);
        await h.Provisioner().ProvisionAsync(GitOpsHarness.Spec("alice"), CancellationToken.None);
        return h;
    }

    [Fact]
    public async Task RunAsync_PipelineSucceeds_FollowsItToSuccessAndRecordsIt()
    {
        await using var h = await ProvisionedAsync();

        await h.Time.RunAsync(() => h.Step().RunAsync(GitOpsHarness.Ticket(), CancellationToken.None));

        var state = await h.States.FindAsync(GitOpsHarness.Group, CancellationToken.None);
        Assert.Equal(100, state?.PipelineId);
        Assert.Equal(3, h.GitLab.CallsTo("GET", "pipelines/100").Count);
        Assert.All(h.Time.Waits, w => Assert.Equal(TimeSpan.FromSeconds(10), w));
        Assert.Empty(h.GitLab.CallsTo("POST", "pipeline"));
    }

    [Fact]
    public async Task RunAsync_PipelineFails_ThrowsWithStatusAndUrl()
    {
        await using var h = await ProvisionedAsync(g => g.PipelineScript = ["running", "failed"]);

        var e = await Assert.ThrowsAsync<GitOpsPipelineException>(
            () => h.Time.RunAsync(() => h.Step().RunAsync(GitOpsHarness.Ticket(), CancellationToken.None)));

        Assert.Contains("'failed'", e.Message);
        Assert.Contains("https://gitlab.example.com/odp/infra/-/pipelines/100", e.Message);
    }

    [Fact]
    public async Task RunAsync_AgainAfterThePipelineFailed_RetriesItsJobsAndFollowsTheSamePipeline()
    {
        await using var h = await ProvisionedAsync(g => g.PipelineScript = ["running", "failed"]);
        h.GitLab.RetryScripts.Enqueue(["pending", "success"]);
        await Assert.ThrowsAsync<GitOpsPipelineException>(
            () => h.Time.RunAsync(() => h.Step().RunAsync(GitOpsHarness.Ticket(), CancellationToken.None)));

        await h.Time.RunAsync(() => h.Step().RunAsync(GitOpsHarness.Ticket(), CancellationToken.None));

        Assert.Single(h.GitLab.CallsTo("POST", "pipelines/100/retry"));
        Assert.Equal([100], h.GitLab.Pipelines);
        Assert.Empty(h.GitLab.CallsTo("POST", "pipeline"));
    }

    [Fact]
    public async Task RunAsync_FirstLookFindsItsPipelineFailed_FailsWithoutRetryingYet()
    {
        await using var h = await ProvisionedAsync(g => g.PipelineScript = ["failed"]);

        await Assert.ThrowsAsync<GitOpsPipelineException>(
            () => h.Time.RunAsync(() => h.Step().RunAsync(GitOpsHarness.Ticket(), CancellationToken.None)));

        Assert.Empty(h.GitLab.CallsTo("POST", "pipelines/100/retry"));
    }

    [Fact]
    public async Task RunAsync_NoPipelineForTheCommit_StartsOneOnTheBranch()
    {
        await using var h = await ProvisionedAsync(g => g.PipelinesOnCommit = false);

        await h.Time.RunAsync(() => h.Step().RunAsync(GitOpsHarness.Ticket(), CancellationToken.None));

        var started = Assert.Single(h.GitLab.CallsTo("POST", "pipeline"));
        Assert.Equal("ref=odp-workspaces", started.Query);
    }

    [Fact]
    public async Task RunAsync_PipelineNeverEnds_ThrowsAfterTheTimeout()
    {
        await using var h = await ProvisionedAsync(g => g.PipelineScript = ["running"]);
        h.Options.PipelineTimeout = "1m";

        var e = await Assert.ThrowsAsync<GitOpsPipelineException>(
            () => h.Time.RunAsync(() => h.Step().RunAsync(GitOpsHarness.Ticket(), CancellationToken.None)));

        Assert.Contains("did not finish in 1m", e.Message);
        Assert.Contains("'running'", e.Message);
    }

    [Fact]
    public async Task RunAsync_RunAgainAfterARestart_FollowsTheRecordedPipeline()
    {
        await using var h = await ProvisionedAsync();
        await h.Time.RunAsync(() => h.Step().RunAsync(GitOpsHarness.Ticket(), CancellationToken.None));

        await h.Time.RunAsync(() => h.Step().RunAsync(GitOpsHarness.Ticket(), CancellationToken.None));

        Assert.Single(h.GitLab.CallsTo("GET", $"repository/commits/{h.GitLab.Repository.Head("odp-workspaces")}"));
        Assert.Empty(h.GitLab.CallsTo("POST", "pipeline"));
    }
}
