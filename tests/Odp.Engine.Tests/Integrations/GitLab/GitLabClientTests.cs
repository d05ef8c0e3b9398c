using Odp.Engine.Integrations.GitLab;
using Odp.Engine.Tests.Fakes.GitLab;

namespace Odp.Engine.Tests.Integrations.GitLab;

public sealed class GitLabClientTests
{
    [Fact]
    public async Task GetBranchHeadAsync_WrongToken_Throws401()
    {
        await using var h = await GitOpsHarness.StartAsync(o => o.Token = "wrong");

        var e = await Assert.ThrowsAsync<GitLabException>(() => h.Client.GetBranchHeadAsync("main", CancellationToken.None));

        Assert.Equal(401, e.Status);
        Assert.Equal("401 Unauthorized", e.Error);
        Assert.DoesNotContain("wrong", e.Message);
    }

    [Fact]
    public async Task CreateCommitAsync_RateLimited_WaitsRetryAfterThenSends()
    {
        await using var h = await GitOpsHarness.StartAsync();
        h.GitLab.Inject(new FakeGitLabFault("POST", "repository/commits", 429, RetryAfter: "7"));
        var request = new GitLabCommitRequest("main", null, "add", [GitLabCommitAction.Create("a.txt", "a")]);

        var commit = await h.Time.RunAsync(() => h.Client.CreateCommitAsync(request, CancellationToken.None));

        Assert.Equal([TimeSpan.FromSeconds(7)], h.Time.Waits);
        Assert.Equal([429, 201], h.GitLab.CallsTo("POST", "repository/commits").Select(c => c.Status));
        Assert.Equal(commit.Id, h.GitLab.Repository.Head("main"));
    }

    [Fact]
    public async Task CreateCommitAsync_CreateOnExistingFile_Throws400WithGitLabsMessage()
    {
        await using var h = await GitOpsHarness.StartAsync();
        var request = new GitLabCommitRequest("main", null, "add", [GitLabCommitAction.Create(".gitlab-ci.yml", "x")]);

        var e = await Assert.ThrowsAsync<GitLabException>(() => h.Client.CreateCommitAsync(request, CancellationToken.None));

        Assert.Equal(400, e.Status);
        Assert.Equal("A file with this name already exists", e.Error);
    }

    [Fact]
    public async Task CreateCommitAsync_UpdateOfMissingFile_Throws400()
    {
        await using var h = await GitOpsHarness.StartAsync();
        var request = new GitLabCommitRequest("main", null, "edit", [GitLabCommitAction.Update("missing.txt", "x")]);

        var e = await Assert.ThrowsAsync<GitLabException>(() => h.Client.CreateCommitAsync(request, CancellationToken.None));

        Assert.Equal(400, e.Status);
    }

    [Fact]
    public async Task CreateCommitAsync_ServerError_IsNotResent()
    {
        await using var h = await GitOpsHarness.StartAsync();
        h.GitLab.Inject(new FakeGitLabFault("POST", "repository/commits", 500));
        var request = new GitLabCommitRequest("main", null, "add", [GitLabCommitAction.Create("a.txt", "a")]);

        var e = await Assert.ThrowsAsync<GitLabException>(() => h.Client.CreateCommitAsync(request, CancellationToken.None));

        Assert.True(e.IsTransient);
        Assert.Single(h.GitLab.CallsTo("POST", "repository/commits"));
    }

    [Fact]
    public async Task GetFileAsync_ServerErrorOnce_RetriesTheReadAfterABackoff()
    {
        await using var h = await GitOpsHarness.StartAsync();
        h.GitLab.Inject(new FakeGitLabFault("GET", "repository/files/.gitlab-ci.yml", 502));

        var content = await h.Time.RunAsync(() => h.Client.GetFileAsync(".gitlab-ci.yml", "main", CancellationToken.None));

        Assert.Equal("stages: [apply]\n", content);
        Assert.Equal([TimeSpan.FromSeconds(1)], h.Time.Waits);
    }

    [Fact]
    public async Task GetFileAsync_Missing_ReturnsNull()
    {
        await using var h = await GitOpsHarness.StartAsync();

        Assert.Null(await h.Client.GetFileAsync("workspaces/x/README.md", "main", CancellationToken.None));
    }

    [Fact]
    public async Task CreateMergeRequestAsync_AlreadyOpen_ReturnsTheOpenOneOn409()
    {
        await using var h = await GitOpsHarness.StartAsync();
        var first = await h.Client.CreateMergeRequestAsync("odp-workspaces", "main", "t", CancellationToken.None);

        var second = await h.Client.CreateMergeRequestAsync("odp-workspaces", "main", "t", CancellationToken.None);

        Assert.Equal(first.Iid, second.Iid);
        Assert.Equal([201, 409], h.GitLab.CallsTo("POST", "merge_requests").Select(c => c.Status));
    }

    [Fact]
    public async Task GetMergeRequestAsync_Merged_HasItsStateAndMergeCommit()
    {
        await using var h = await GitOpsHarness.StartAsync();
        await h.Client.CreateCommitAsync(new GitLabCommitRequest("odp-workspaces", "main", "add", [GitLabCommitAction.Create("a.txt", "a")]), CancellationToken.None);
        var opened = await h.Client.CreateMergeRequestAsync("odp-workspaces", "main", "t", CancellationToken.None);
        var merge = h.GitLab.Merge(opened.Iid);

        var merged = await h.Client.GetMergeRequestAsync(opened.Iid, CancellationToken.None);

        Assert.Equal(GitLabMergeRequest.Opened, opened.State);
        Assert.Equal(GitLabMergeRequest.Merged, merged?.State);
        Assert.Equal(merge, merged?.MergeCommitSha);
        Assert.Null(merged?.SquashCommitSha);
        Assert.Equal("https://gitlab.example.com/odp/infra/-/merge_requests/1", merged?.WebUrl);
    }

    [Fact]
    public async Task GetMergeRequestAsync_Unknown_ReturnsNull()
    {
        await using var h = await GitOpsHarness.StartAsync();

        Assert.Null(await h.Client.GetMergeRequestAsync(7, CancellationToken.None));
    }

    [Fact]
    public async Task BranchContainsAsync_BeforeAndAfterTheMerge_FollowsTheMergedHistory()
    {
        await using var h = await GitOpsHarness.StartAsync();
        var commit = await h.Client.CreateCommitAsync(new GitLabCommitRequest("odp-workspaces", "main", "add", [GitLabCommitAction.Create("a.txt", "a")]), CancellationToken.None);
        var mr = await h.Client.CreateMergeRequestAsync("odp-workspaces", "main", "t", CancellationToken.None);

        var before = await h.Client.BranchContainsAsync("main", commit.Id, CancellationToken.None);
        h.GitLab.Merge(mr.Iid);
        var after = await h.Client.BranchContainsAsync("main", commit.Id, CancellationToken.None);

        Assert.True(await h.Client.BranchContainsAsync("odp-workspaces", commit.Id, CancellationToken.None));
        Assert.False(before);
        Assert.True(after);
        Assert.False(await h.Client.BranchContainsAsync("main", new string('0', 40), CancellationToken.None));
        Assert.Equal("type=branch&per_page=100&page=1", h.GitLab.CallsTo("GET", $"repository/commits/{commit.Id}/refs")[0].Query);
    }
}
