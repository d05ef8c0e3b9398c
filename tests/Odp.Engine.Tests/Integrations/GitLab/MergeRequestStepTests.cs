using Odp.Engine.Tests.Fakes.GitLab;
using Odp.Engine.Workspaces.Provisioning;

namespace Odp.Engine.Tests.Integrations.GitLab;

/// <summary>The pipeline step in merge-request mode: it waits for the merge, then follows the target branch's pipeline.</summary>
public sealed class MergeRequestStepTests
{
    private const string MergeRequestUrl = "https://gitlab.example.com/odp/infra/-/merge_requests/";

    private static async Task<GitOpsHarness> ProvisionedAsync()
    {
        var h = await GitOpsHarness.StartAsync(o => (o.MergeRequest, o.PollInterval) = (true, "10s"));
        await h.Provisioner().ProvisionAsync(GitOpsHarness.Spec("alice"), CancellationToken.None);
        return h;
    }

    private static Task RunAsync(GitOpsHarness h) => h.Time.RunAsync(() => h.Step().RunAsync(GitOpsHarness.Ticket(), CancellationToken.None));

    [Fact]
    public async Task RunAsync_NotMergedYet_OpensOneMergeRequestAndWaitsOnIt()
    {
        await using var h = await ProvisionedAsync();

        var first = await Assert.ThrowsAsync<StepWaitingException>(() => RunAsync(h));
        var second = await Assert.ThrowsAsync<StepWaitingException>(() => RunAsync(h));

        Assert.Equal($"waiting for merge of !1 {MergeRequestUrl}1", first.Note);
        Assert.Equal(first.Note, second.Note);
        var created = Assert.Single(h.GitLab.CallsTo("POST", "merge_requests"));
        Assert.Contains("\"target_branch\":\"main\"", created.Body);
        Assert.Equal(1, (await h.States.FindAsync(GitOpsHarness.Group, CancellationToken.None))?.MergeRequestIid);
        Assert.Empty(h.GitLab.CallsTo("GET", "pipelines/100"));
    }

    [Fact]
    public async Task RunAsync_Merged_FollowsThePipelineOfTheMergeCommitOnTheTargetBranch()
    {
        await using var h = await ProvisionedAsync();
        await Assert.ThrowsAsync<StepWaitingException>(() => RunAsync(h));
        var merge = h.GitLab.Merge(1);

        await RunAsync(h);

        var applied = Assert.Single(h.GitLab.PipelinesOn("main"));
        Assert.Equal("success", h.GitLab.StatusOf(applied));
        Assert.Equal(applied, (await h.States.FindAsync(GitOpsHarness.Group, CancellationToken.None))?.PipelineId);
        Assert.Contains(h.GitLab.Calls, c => c.Path == "pipelines" && c.Query.Contains($"sha={merge}&ref=main", StringComparison.Ordinal));
        Assert.Empty(h.GitLab.CallsTo("GET", "pipelines/100"));
    }

    [Fact]
    public async Task RunAsync_MergedWithoutAPipelineOnTheTarget_StartsOneThere()
    {
        await using var h = await ProvisionedAsync();
        await Assert.ThrowsAsync<StepWaitingException>(() => RunAsync(h));
        h.GitLab.PipelinesOnCommit = false;
        h.GitLab.Merge(1);

        await RunAsync(h);

        Assert.Equal("ref=main", Assert.Single(h.GitLab.CallsTo("POST", "pipeline")).Query);
    }

    [Fact]
    public async Task RunAsync_Closed_FailsForGoodThenTheNextRunOpensANewMergeRequest()
    {
        await using var h = await ProvisionedAsync();
        await Assert.ThrowsAsync<StepWaitingException>(() => RunAsync(h));
        h.GitLab.Close(1);

        var closed = await Assert.ThrowsAsync<StepFailedException>(() => RunAsync(h));
        Assert.Null((await h.States.FindAsync(GitOpsHarness.Group, CancellationToken.None))?.MergeRequestIid);
        var again = await Assert.ThrowsAsync<StepWaitingException>(() => RunAsync(h));

        Assert.Contains("Merge request !1 was closed without merging", closed.Message);
        Assert.Contains("/odp retry opens a new one", closed.Message);
        Assert.Equal($"waiting for merge of !2 {MergeRequestUrl}2", again.Note);
        Assert.Equal(1, h.GitLab.OpenMergeRequests);
    }

    [Fact]
    public async Task RunAsync_AnotherMergeRequestOpenedAfterTheRecordedOneClosed_WaitsOnThatOne()
    {
        await using var h = await ProvisionedAsync();
        await Assert.ThrowsAsync<StepWaitingException>(() => RunAsync(h));
        h.GitLab.Close(1);
        await h.Client.CreateMergeRequestAsync("odp-workspaces", "main", "by hand", CancellationToken.None);

        var waiting = await Assert.ThrowsAsync<StepWaitingException>(() => RunAsync(h));

        Assert.Equal($"waiting for merge of !2 {MergeRequestUrl}2", waiting.Note);
        Assert.Equal(2, (await h.States.FindAsync(GitOpsHarness.Group, CancellationToken.None))?.MergeRequestIid);
    }
}
