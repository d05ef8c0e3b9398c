using Odp.Engine.Workspaces.GitOps;

namespace Odp.IntegrationTests.Storage.GitOps;

/// <summary>What every <see cref="IGitOpsStateStore"/> does, run on each implementation (LiteDB, PostgreSQL).</summary>
public abstract class GitOpsStateStoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    protected abstract Task<IGitOpsStateStore> NewStoreAsync();

    [Fact]
    public async Task SaveAsync_ThenFindAnyCase_TheLatestStateWithItsPipeline()
    {
        var store = await NewStoreAsync();
        await store.SaveAsync(new GitOpsState("Data.Science", "data-science-3f9a0c", "a1b2c3", null), None);
        await store.SaveAsync(new GitOpsState("Data.Science", "data-science-3f9a0c", "d4e5f6", 4242), None);

        var found = await store.FindAsync("data.science", None);

        Assert.Equal(new GitOpsState("Data.Science", "data-science-3f9a0c", "d4e5f6", 4242), found);
    }

    [Fact]
    public async Task SaveAsync_WithAMergeRequestThenWithout_FindHasTheLatest()
    {
        var store = await NewStoreAsync();
        await store.SaveAsync(new GitOpsState("analysts", "analysts", "a1b2c3", null, 7), None);
        var waiting = await store.FindAsync("analysts", None);
        await store.SaveAsync(waiting! with { MergeRequestIid = null, PipelineId = 4242 }, None);

        Assert.Equal(7, waiting.MergeRequestIid);
        Assert.Equal(new GitOpsState("analysts", "analysts", "a1b2c3", 4242, null), await store.FindAsync("analysts", None));
    }

    [Fact]
    public async Task FindAsync_UnknownTeam_Null()
    {
        var store = await NewStoreAsync();
        await store.SaveAsync(new GitOpsState("analysts", "analysts", "a1b2c3", null), None);

        Assert.Null(await store.FindAsync("finance", None));
        Assert.Null((await store.FindAsync("analysts", None))!.PipelineId);
        Assert.Null((await store.FindAsync("analysts", None))!.MergeRequestIid);
    }
}
