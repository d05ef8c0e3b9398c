using System.Text.Json.Nodes;
using Odp.Engine.Tests.Fakes.GitLab;

namespace Odp.Engine.Tests.Integrations.GitLab;

public sealed class GitOpsWorkspaceProvisionerTests
{
    private const string Commits = "repository/commits";
    private const string Folder = "workspaces/sales/";

    private static List<(string Action, string Path)> Actions(FakeGitLabCall call) =>
        [.. JsonNode.Parse(call.Body)!["actions"]!.AsArray().Select(a => ((string)a!["action"]!, (string)a["file_path"]!))];

    [Fact]
    public async Task ProvisionAsync_FirstTime_OneCommitCreatingEveryFileOnANewBranch()
    {
        await using var h = await GitOpsHarness.StartAsync();

        var result = await h.Provisioner().ProvisionAsync(GitOpsHarness.Spec("alice", "bob"), CancellationToken.None);

        var commit = Assert.Single(h.GitLab.CallsTo("POST", Commits));
        Assert.Equal(201, commit.Status);
        Assert.Equal("main", (string?)JsonNode.Parse(commit.Body)!["start_branch"]);
        var actions = Actions(commit);
        Assert.All(actions, a => Assert.Equal("create", a.Action));
        Assert.Contains(("create", Folder + "kustomization.yaml"), actions);
        Assert.Contains(("create", Folder + "jupyterhub/alice.json"), actions);
        Assert.Contains(("create", Folder + "jupyterhub/bob.json"), actions);
        var files = h.GitLab.Repository.Files("odp-workspaces");
        Assert.Equal(actions.Count, files.Keys.Count(k => k.StartsWith(Folder, StringComparison.Ordinal)));
        Assert.Equal("odp-sales", result.Namespace);
        Assert.Equal("https://hub.example.com/user/alice/sales/", result.JupyterUrls["alice"]);
        var state = await h.States.FindAsync(GitOpsHarness.Group, CancellationToken.None);
        Assert.Equal(h.GitLab.Repository.Head("odp-workspaces"), state?.CommitSha);
    }

    [Fact]
    public async Task ProvisionAsync_NothingChanged_MakesNoCommit()
    {
        await using var h = await GitOpsHarness.StartAsync();
        await h.Provisioner().ProvisionAsync(GitOpsHarness.Spec("alice"), CancellationToken.None);
        var head = h.GitLab.Repository.Head("odp-workspaces");

        await h.Provisioner().ProvisionAsync(GitOpsHarness.Spec("alice"), CancellationToken.None);

        Assert.Single(h.GitLab.CallsTo("POST", Commits));
        Assert.Equal(head, h.GitLab.Repository.Head("odp-workspaces"));
        Assert.Equal(head, (await h.States.FindAsync(GitOpsHarness.Group, CancellationToken.None))?.CommitSha);
    }

    [Fact]
    public async Task ProvisionAsync_NewMember_OneCommitWithUpdatesAndACreate()
    {
        await using var h = await GitOpsHarness.StartAsync();
        await h.Provisioner().ProvisionAsync(GitOpsHarness.Spec("alice"), CancellationToken.None);

        await h.Provisioner().ProvisionAsync(GitOpsHarness.Spec("alice", "bob"), CancellationToken.None);

        var second = h.GitLab.CallsTo("POST", Commits)[1];
        Assert.Null((string?)JsonNode.Parse(second.Body)!["start_branch"]);
        var actions = Actions(second);
        Assert.Contains(("create", Folder + "jupyterhub/bob.json"), actions);
        Assert.Contains(("update", Folder + "README.md"), actions);
        Assert.DoesNotContain(actions, a => a.Path == Folder + "jupyterhub/alice.json" || a.Path == Folder + "namespace.yaml");
        Assert.Equal(201, second.Status);
    }

    [Fact]
    public async Task ProvisionAsync_MemberRemoved_DeletesTheirJupyterSpec()
    {
        await using var h = await GitOpsHarness.StartAsync();
        await h.Provisioner().ProvisionAsync(GitOpsHarness.Spec("alice", "bob"), CancellationToken.None);

        await h.Provisioner().ProvisionAsync(GitOpsHarness.Spec("alice"), CancellationToken.None);

        var actions = Actions(h.GitLab.CallsTo("POST", Commits)[1]);
        Assert.Contains(("delete", Folder + "jupyterhub/bob.json"), actions);
        Assert.False(h.GitLab.Repository.Files("odp-workspaces").ContainsKey(Folder + "jupyterhub/bob.json"));
    }

    [Fact]
    public async Task ProvisionAsync_CommitAnswerLostAfterItLanded_DoesNotCommitTwice()
    {
        await using var h = await GitOpsHarness.StartAsync();
        h.GitLab.Inject(new FakeGitLabFault("POST", Commits, 500, AfterHandling: true));

        await h.Provisioner().ProvisionAsync(GitOpsHarness.Spec("alice"), CancellationToken.None);

        Assert.Equal([500], h.GitLab.CallsTo("POST", Commits).Select(c => c.Status));
        var head = h.GitLab.Repository.Head("odp-workspaces");
        Assert.Equal(head, (await h.States.FindAsync(GitOpsHarness.Group, CancellationToken.None))?.CommitSha);
    }

    [Fact]
    public async Task ProvisionAsync_CommitFailedBeforeLanding_CommitsOnRetry()
    {
        await using var h = await GitOpsHarness.StartAsync();
        h.GitLab.Inject(new FakeGitLabFault("POST", Commits, 503));

        await h.Provisioner().ProvisionAsync(GitOpsHarness.Spec("alice"), CancellationToken.None);

        Assert.Equal([503, 201], h.GitLab.CallsTo("POST", Commits).Select(c => c.Status));
    }

    [Fact]
    public async Task ProvisionAsync_RerunAfterCrashThatLostTheState_FindsTheCommitInsteadOfCommitting()
    {
        await using var h = await GitOpsHarness.StartAsync();
        await h.Provisioner().ProvisionAsync(GitOpsHarness.Spec("alice"), CancellationToken.None);
        var head = h.GitLab.Repository.Head("odp-workspaces");
        h.ForgetState();

        await h.Provisioner().ProvisionAsync(GitOpsHarness.Spec("alice"), CancellationToken.None);

        Assert.Single(h.GitLab.CallsTo("POST", Commits));
        Assert.Equal(head, (await h.States.FindAsync(GitOpsHarness.Group, CancellationToken.None))?.CommitSha);
    }

    [Fact]
    public async Task ProvisionAsync_MergeRequestsOn_LeavesTheMergeRequestToThePipelineStep()
    {
        await using var h = await GitOpsHarness.StartAsync(o => o.MergeRequest = true);

        await h.Provisioner().ProvisionAsync(GitOpsHarness.Spec("alice"), CancellationToken.None);

        Assert.Empty(h.GitLab.CallsTo("POST", "merge_requests"));
        Assert.Null((await h.States.FindAsync(GitOpsHarness.Group, CancellationToken.None))?.MergeRequestIid);
    }
}
