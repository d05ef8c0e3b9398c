using Lucene.Net.Store;
using Odp.Engine.Catalog;
using Odp.Engine.Catalog.Index;

namespace Odp.Engine.Tests.Catalog.Index;

public sealed class LuceneCatalogIndexTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly string folder = Path.Combine(Path.GetTempPath(), "odp-index-" + Guid.NewGuid().ToString("N"));

    private static Dataset Ds(string name, string description = "", string[]? tags = null) =>
        new(name, description, ["group:owners"], tags ?? [], "misc", [new DatasetColumn("id", "bigint", "")]);

    private static SearchQuery Query(params string[] terms) => new(terms, [], [], [], []);

    private static async Task<List<string>> Names(ICatalog catalog, SearchQuery query) =>
        [.. (await catalog.SearchAsync(query, None)).Hits.Select(h => h.Dataset.Name)];

    public void Dispose()
    {
        if (System.IO.Directory.Exists(folder)) System.IO.Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task UpsertAsync_ExistingName_ReplacesTheDataset()
    {
        using var index = new LuceneCatalogIndex(new RAMDirectory());
        await index.UpsertAsync([Ds("lake.sales.orders", "old")], None);

        await index.UpsertAsync([Ds("LAKE.sales.orders", "Orders with churn flags")], None);

        var result = await index.SearchAsync(Query("churn"), None);
        Assert.Equal("Orders with churn flags", Assert.Single(result.Hits).Dataset.Description);
        Assert.Equal(1, (await index.SearchAsync(Query(), None)).Total);
    }

    [Fact]
    public async Task RemoveAsync_RemovedDataset_DisappearsFromSearchAndGet()
    {
        using var index = new LuceneCatalogIndex(new RAMDirectory());
        await index.UpsertAsync([Ds("lake.sales.orders"), Ds("lake.sales.order_items")], None);

        await index.RemoveAsync(["Lake.Sales.Orders"], None);

        Assert.Equal(["lake.sales.order_items"], await Names(index, Query("orders")));
        Assert.Null(await index.GetAsync("lake.sales.orders", None));
        Assert.Equal(["lake.sales.order_items"], await index.NamesAsync(None));
    }

    [Fact]
    public async Task GetAsync_StoredDataset_RoundTripsEveryField()
    {
        using var index = new LuceneCatalogIndex(new RAMDirectory());
        var dataset = new Dataset("lake.sales.orders", "All orders", ["group:sales-owners", "user:bob"], ["pii", "gold"],
            "sales", [new DatasetColumn("order_id", "bigint", "The key"), new DatasetColumn("amount", "decimal", "")]);
        await index.UpsertAsync([dataset], None);

        var stored = await index.GetAsync("LAKE.SALES.ORDERS", None);

        Assert.NotNull(stored);
        Assert.Equal(dataset.Name, stored.Name);
        Assert.Equal(dataset.Owners, stored.Owners);
        Assert.Equal(dataset.Tags, stored.Tags);
        Assert.Equal(dataset.Columns, stored.Columns);
        Assert.Equal(dataset.Domain, stored.Domain);
    }

    [Fact]
    public async Task Open_AfterDispose_StillFindsTheDatasets()
    {
        using (var first = LuceneCatalogIndex.Open(folder))
        {
            await first.UpsertAsync([Ds("lake.marketing.customer_churn"), Ds("lake.sales.orders")], None);
            await first.RemoveAsync(["lake.sales.orders"], None);
        }

        using var reopened = LuceneCatalogIndex.Open(folder);

        Assert.Equal(["lake.marketing.customer_churn"], await Names(reopened, Query("churn")));
        Assert.Equal(["lake.marketing.customer_churn"], await reopened.NamesAsync(None));
    }

    [Fact]
    public async Task SearchAsync_WhileUpserting_SeesEveryCommittedBatch()
    {
        using var index = new LuceneCatalogIndex(new RAMDirectory());

        var writes = Enumerable.Range(0, 8).Select(i => Task.Run(() =>
            index.UpsertAsync([.. Enumerable.Range(0, 25).Select(j => Ds($"lake.s{i}.table{j}"))], None)));
        var reads = Enumerable.Range(0, 8).Select(_ => Task.Run(() => index.SearchAsync(Query("table"), None)));
        await Task.WhenAll([.. writes, .. reads]);

        Assert.Equal(200, (await index.SearchAsync(Query("table"), None)).Total);
        Assert.Equal(200, (await index.NamesAsync(None)).Count);
    }

    [Fact]
    public async Task SearchAsync_TypoInLargerIndex_SuggestsMostUsedWord()
    {
        using var index = new LuceneCatalogIndex(new RAMDirectory());
        await index.UpsertAsync([
            Ds("lake.marketing.customer_churn"),
            Ds("lake.sales.churn_daily"),
            Ds("lake.sales.chain_stores"),
        ], None);

        var result = await index.SearchAsync(Query("chrun"), None);

        Assert.Empty(result.Hits);
        Assert.Equal("churn", result.Suggestions[0]);
    }

    [Fact]
    public async Task UpsertAsync_SameNameInManyBatches_KeepsTheLastVersion()
    {
        using var index = new LuceneCatalogIndex(new RAMDirectory());

        for (var batch = 0; batch < 100; batch++)
        {
            await index.UpsertAsync([
                .. Enumerable.Range(0, 40).Select(i => Ds($"lake.b{batch}.t{i}")),
                Ds("lake.sales.hot", $"version {batch}"),
            ], None);
        }

        Assert.Equal("version 99", (await index.GetAsync("lake.sales.hot", None))?.Description);
        Assert.Equal(4_001, (await index.NamesAsync(None)).Count);
        Assert.Single((await index.SearchAsync(Query("hot"), None)).Hits);
    }

    [Fact]
    public async Task UpsertAsync_InvalidName_ThrowsAndWritesNothingOfTheBatch()
    {
        using var index = new LuceneCatalogIndex(new RAMDirectory());

        var error = await Assert.ThrowsAsync<ArgumentException>(() => index.UpsertAsync([Ds("lake.sales.orders"), Ds("orders")], None));

        Assert.Contains("'orders'", error.Message);
        Assert.Empty(await index.NamesAsync(None));
    }

    [Fact]
    public async Task CommitAsync_DatasetLuceneRejects_CommitsTheOthersAndNamesIt()
    {
        using (var index = LuceneCatalogIndex.Open(folder))
        {
            // One word longer than Lucene's 32,766-byte term limit: that document fails inside the writer.
            await index.UpsertAsync([Ds("lake.sales.orders"), Ds("lake.sales.huge", new string('a', 40_000)), Ds("lake.sales.refunds")], None);

            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => index.CommitAsync(None));

            Assert.Contains("1 dataset(s) could not be indexed", error.Message);
            Assert.Contains("lake.sales.huge", error.Message);
            await index.CommitAsync(None);
        }

        using var reopened = LuceneCatalogIndex.Open(folder);
        Assert.Equal(["lake.sales.orders", "lake.sales.refunds"], (await reopened.NamesAsync(None)).Order());
    }

    [Fact]
    public async Task UpsertAsync_Cancelled_Throws()
    {
        using var index = new LuceneCatalogIndex(new RAMDirectory());

        await Assert.ThrowsAsync<OperationCanceledException>(() => index.UpsertAsync([Ds("lake.sales.orders")], new CancellationToken(true)));
        Assert.Empty(await index.NamesAsync(None));
    }

    [Fact]
    public async Task CommitAsync_AfterRewritingMostOfTheIndex_MergesItsSegmentsInTheBackground()
    {
        using var index = new LuceneCatalogIndex(new RAMDirectory());
        for (var batch = 0; batch < 6; batch++)
        {
            // A search after a write opens the written datasets as a segment of their own.
            await index.UpsertAsync([.. Enumerable.Range(0, 20).Select(i => Ds($"lake.s{batch}.orders_{i}"))], None);
            Assert.Equal(20 * (batch + 1), (await index.SearchAsync(Query("orders"), None)).Total);
        }

        Assert.Equal(6, index.SegmentCount);

        await index.CommitAsync(None);
        index.WaitForMerges();

        Assert.Equal(2, index.SegmentCount);
        Assert.Equal(120, (await index.SearchAsync(Query("orders"), None)).Total);
        Assert.NotNull(await index.GetAsync("lake.s5.orders_19", None));
    }

    [Fact]
    public async Task CommitAsync_SmallChangeToALargerIndex_LeavesTheSegments()
    {
        using var index = new LuceneCatalogIndex(new RAMDirectory());
        await index.UpsertAsync([.. Enumerable.Range(0, 100).Select(i => Ds($"lake.s.orders_{i}"))], None);
        await index.CommitAsync(None);
        index.WaitForMerges();
        var before = index.SegmentCount;

        await index.UpsertAsync([Ds("lake.s.refunds")], None);
        Assert.Equal(before + 1, index.SegmentCount);
        await index.UpsertAsync([Ds("lake.s.payments")], None);
        Assert.Equal(before + 2, index.SegmentCount);
        await index.CommitAsync(None);
        index.WaitForMerges();

        Assert.Equal(before + 2, index.SegmentCount);
    }

    [Fact]
    public async Task Dispose_Twice_DoesNotThrow()
    {
        var index = new LuceneCatalogIndex(new RAMDirectory());
        await index.UpsertAsync([Ds("lake.sales.orders")], None);

        index.Dispose();
        index.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => index.SearchAsync(Query("orders"), None));
    }
}
