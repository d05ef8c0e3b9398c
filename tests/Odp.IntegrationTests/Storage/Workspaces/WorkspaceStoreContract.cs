using Odp.Engine.Workspaces;

namespace Odp.IntegrationTests.Storage.Workspaces;

/// <summary>What every <see cref="IWorkspaceStore"/> does, run on each implementation (LiteDB, PostgreSQL).</summary>
public abstract class WorkspaceStoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The store under test; every call in one test opens the same store.</summary>
    protected abstract Task<IWorkspaceStore> NewStoreAsync();

    [Fact]
    public async Task SaveAsync_ThenFindInAnotherCase_EveryFieldToTheTick()
    {
        var store = await NewStoreAsync();
        var saved = Workspace("Data.Science", "data-science") with
        {
            CreatedAt = new DateTimeOffset(2026, 3, 1, 11, 0, 0, TimeSpan.FromHours(2)).AddTicks(1_234_567),
            ServerUrls = new Dictionary<string, string> { ["alice"] = "https://hub.example/user/alice/" },
        };

        await store.SaveAsync(saved, None);
        var found = await store.FindAsync("data.science", None);

        AssertSame(saved, found!);
        Assert.Equal(saved.CreatedAt.UtcTicks, found!.CreatedAt.UtcTicks);
    }

    [Fact]
    public async Task SaveAsync_Again_ReplacesTheRecord()
    {
        var store = await NewStoreAsync();
        await store.SaveAsync(Workspace("analysts", "analysts"), None);
        var changed = Workspace("Analysts", "analysts") with { Members = ["alice", "bob", "carol"], UpdatedAt = Start.AddDays(1) };

        await store.SaveAsync(changed, None);

        AssertSame(changed, (await store.FindAsync("analysts", None))!);
        Assert.Single(await store.ListAsync(None));
    }

    [Fact]
    public async Task FindAsync_UnknownGroup_Null()
    {
        var store = await NewStoreAsync();
        await store.SaveAsync(Workspace("analysts", "analysts"), None);

        Assert.Null(await store.FindAsync("finance", None));
    }

    [Fact]
    public async Task ListAsync_SeveralWorkspaces_AllByNameOrdinal()
    {
        var store = await NewStoreAsync();
        await store.SaveAsync(Workspace("sales", "sales"), None);
        await store.SaveAsync(Workspace("Analysts", "analysts"), None);
        await store.SaveAsync(Workspace("analysts-2", "analysts-3f9a0c"), None);

        var all = await store.ListAsync(None);

        Assert.Equal(["analysts", "analysts-3f9a0c", "sales"], all.Select(w => w.Name));
        Assert.Equal("Analysts", all[0].Group);
    }

    [Fact]
    public async Task ClaimNameAsync_FreeName_TheFirstCandidateForGood()
    {
        var store = await NewStoreAsync();

        var claimed = await store.ClaimNameAsync("Data Science", ["data-science", "data-science-3f9a0c"], None);
        var again = await store.ClaimNameAsync("data science", ["other"], None);

        Assert.Equal(("data-science", "data-science"), (claimed, again));
    }

    [Fact]
    public async Task ClaimNameAsync_NameHeldByAnotherGroup_TheNextFreeCandidate()
    {
        var store = await NewStoreAsync();
        await store.ClaimNameAsync("data-science", ["data-science"], None);
        await store.ClaimNameAsync("data.science", ["data-science", "data-science-aaaaaa"], None);

        var claimed = await store.ClaimNameAsync("Data_Science", ["data-science", "data-science-aaaaaa", "data-science-bbbbbb"], None);

        Assert.Equal("data-science-bbbbbb", claimed);
    }

    [Fact]
    public async Task ClaimNameAsync_EveryCandidateHeld_Throws()
    {
        var store = await NewStoreAsync();
        await store.ClaimNameAsync("analysts", ["analysts"], None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.ClaimNameAsync("Analysts!", ["analysts"], None));
        Assert.Equal("analysts", await store.ClaimNameAsync("ANALYSTS", ["x"], None));
    }

    [Fact]
    public async Task ClaimNameAsync_TwentyGroupsWantingOneNameAtOnce_EachGetsAnotherName()
    {
        var store = await NewStoreAsync();
        var groups = Enumerable.Range(0, 20).Select(i => $"data{new string('.', i + 1)}science").ToList();

        var claimed = await Task.WhenAll(groups.Select(g => Task.Run(() => store.ClaimNameAsync(g, WorkspaceNames.Candidates(g), None))));

        Assert.Equal(20, claimed.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("data-science", claimed);
        for (var i = 0; i < groups.Count; i++)
            Assert.Equal(claimed[i], await store.ClaimNameAsync(groups[i], ["other"], None));
    }

    [Fact]
    public async Task ClaimNameAsync_OneGroupClaimingTwentyTimesAtOnce_OneName()
    {
        var store = await NewStoreAsync();
        await store.ClaimNameAsync("data-science", ["data-science"], None);

        var claimed = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() =>
            store.ClaimNameAsync(i % 2 == 0 ? "Data.Science" : "data.science", ["data-science", $"data-science-{i}", "data-science-x"], None))));

        Assert.Single(claimed.Distinct(StringComparer.Ordinal));
        Assert.NotEqual("data-science", claimed[0]);
    }

    private static WorkspaceRecord Workspace(string group, string name) => new(
        group,
        name,
        WorkspaceNames.NamespaceFor(name),
        $"s3://odp-workspaces/{name}/",
        new Dictionary<string, string> { ["alice"] = $"https://hub.example/hub/spawn/alice?ws={name}", ["bob"] = $"https://hub.example/hub/spawn/bob?ws={name}" },
        ["alice", "bob"],
        Start,
        Start.AddHours(1),
        new Dictionary<string, string>());

    /// <summary>Compares every field, the lists and maps item by item (records compare them by reference).</summary>
    private static void AssertSame(WorkspaceRecord expected, WorkspaceRecord actual)
    {
        Assert.Equal(expected.Members, actual.Members);
        Assert.Equal(expected.JupyterUrls.OrderBy(p => p.Key, StringComparer.Ordinal), actual.JupyterUrls.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(expected.ServerUrls.OrderBy(p => p.Key, StringComparer.Ordinal), actual.ServerUrls.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(expected with { Members = actual.Members, JupyterUrls = actual.JupyterUrls, ServerUrls = actual.ServerUrls }, actual);
    }
}
