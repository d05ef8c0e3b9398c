using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Odp.Engine.Catalog;
using Odp.Engine.Catalog.Index;
using Odp.Engine.Catalog.Sync;

namespace Odp.Engine.Tests.Catalog.Index;

/// <summary>The last complete sync's mark, kept in the index's commit: across restarts, until the next write, never for a failed write or another layout.</summary>
public sealed class LuceneCatalogIndexSyncMarkTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly CatalogSyncMark Mark = CatalogSyncMark.Of([("file", "AB12"), ("openmetadata", null)]);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "odp-index-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (System.IO.Directory.Exists(folder)) System.IO.Directory.Delete(folder, recursive: true);
    }

    private static Dataset Ds(string name, string description = "") => new(name, description, ["group:owners"], [], "misc", []);

    [Fact]
    public async Task CommitSyncedAsync_ThenReopened_KeepsTheMark()
    {
        using (var index = LuceneCatalogIndex.Open(folder))
        {
            Assert.Null(index.LastSync);
            await index.UpsertAsync([Ds("lake.sales.orders")], None);
            await index.CommitSyncedAsync(Mark, None);
            Assert.Equal(Mark, index.LastSync);
        }

        using var reopened = LuceneCatalogIndex.Open(folder);

        Assert.Equal(Mark, reopened.LastSync);
        Assert.Equal(["file", "openmetadata"], reopened.LastSync!.Sources);
        Assert.Equal("AB12", reopened.LastSync.StampOf("file"));
    }

    [Fact]
    public async Task UpsertAsync_AfterAMarkedCommit_DropsTheMarkAlsoWhenCommittedOnlyByDispose()
    {
        using (var index = LuceneCatalogIndex.Open(folder))
        {
            await index.UpsertAsync([Ds("lake.sales.orders")], None);
            await index.CommitSyncedAsync(Mark, None);
            await index.UpsertAsync([Ds("lake.sales.refunds")], None);

            Assert.Null(index.LastSync);
        }

        using var reopened = LuceneCatalogIndex.Open(folder);

        Assert.Null(reopened.LastSync);
        Assert.Equal(2, (await reopened.NamesAsync(None)).Count);
    }

    [Fact]
    public async Task RemoveAsync_AfterAMarkedCommit_DropsTheMark()
    {
        using var index = new LuceneCatalogIndex(new RAMDirectory());
        await index.UpsertAsync([Ds("lake.sales.orders")], None);
        await index.CommitSyncedAsync(Mark, None);

        await index.RemoveAsync(["lake.sales.orders"], None);
        await index.CommitAsync(None);

        Assert.Null(index.LastSync);
    }

    [Fact]
    public async Task CommitSyncedAsync_AWriteFailed_CommitsTheOthersWithoutAMark()
    {
        using (var index = LuceneCatalogIndex.Open(folder))
        {
            await index.UpsertAsync([Ds("lake.sales.orders")], None);
            await index.CommitSyncedAsync(Mark, None);
            // One word longer than Lucene's 32,766-byte term limit: that document fails inside the writer.
            await index.UpsertAsync([Ds("lake.sales.huge", new string('a', 40_000)), Ds("lake.sales.refunds")], None);

            await Assert.ThrowsAsync<InvalidOperationException>(() => index.CommitSyncedAsync(CatalogSyncMark.Of([("file", "CD34")]), None));

            Assert.Null(index.LastSync);
        }

        using var reopened = LuceneCatalogIndex.Open(folder);
        Assert.Null(reopened.LastSync);
        Assert.Equal(["lake.sales.orders", "lake.sales.refunds"], (await reopened.NamesAsync(None)).Order());
    }

    [Fact]
    public async Task CommitSyncedAsync_SameMarkNothingWritten_WritesNoNewCommit()
    {
        using var directory = new RAMDirectory();
        using var index = new LuceneCatalogIndex(directory);
        await index.UpsertAsync([Ds("lake.sales.orders")], None);
        await index.CommitSyncedAsync(Mark, None);
        var generation = SegmentInfos.GetLastCommitGeneration(directory);

        await index.CommitSyncedAsync(CatalogSyncMark.Parse(Mark.Text)!, None);

        Assert.Equal(generation, SegmentInfos.GetLastCommitGeneration(directory));
    }

    [Fact]
    public async Task Open_IndexOfAnotherLayout_RebuiltWithoutTheMark()
    {
        using (var index = LuceneCatalogIndex.Open(folder))
        {
            await index.UpsertAsync([Ds("lake.sales.orders")], None);
            await index.CommitSyncedAsync(Mark, None);
        }
        using (var directory = FSDirectory.Open(folder))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer())))
        {
            // What an older version of OpenDataPlane left: another layout, with a mark of its own.
            writer.SetCommitData(new Dictionary<string, string> { ["odp.layout"] = "0", ["odp.sync"] = Mark.Text });
            writer.Commit();
        }

        using var reopened = LuceneCatalogIndex.Open(folder);

        Assert.Null(reopened.LastSync);
        Assert.Empty(await reopened.NamesAsync(None));
    }
}
