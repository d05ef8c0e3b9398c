using Lucene.Net.Store;
using Odp.Engine.Catalog;
using Odp.Engine.Catalog.Index;

namespace Odp.Engine.Tests.Catalog.Index;

/// <summary>
/// The index's search (<see cref="CatalogSearch"/>) against the file catalog, which scores every dataset one by one:
/// on a random catalog where the same words sit in names, tags, columns and descriptions, densely and sparsely,
/// exactly and as prefixes and plurals, every query gives the same page, scores, total and suggestions both ways.
/// </summary>
public sealed class CatalogSearchTests(RandomCatalogFixture catalog) : IClassFixture<RandomCatalogFixture>
{
    private static readonly string[] Queries =
    [
        "order", "orders", "ord", "customer", "cust", "churn", "event", "events", "even", "pro", "prod", "sales", "sal",
        "risk", "daily", "id", "amount", "customer churn", "order daily", "event sales", "pro risk", "churn zebra",
        "\"customer churn\"", "order tag:gold", "event domain:sales", "churn catalog:lake", "pro owner:user:bob",
        "orders_daily", "sales.orders_daily", "lake.sales.orders_daily", "tag:pii", "", "events order", "orders customer",
        "order events tag:gold", "\"the customer\"", "\"the customer value\"", "\"order churn daily\"", "\"nightly load\"",
        "\"sales order\" tag:gold",
    ];

    private readonly LuceneCatalogIndex index = catalog.Index;
    private readonly FileCatalog reference = new(catalog.Datasets);

    public static TheoryData<string, int, int> Pages()
    {
        var pages = new TheoryData<string, int, int>();
        foreach (var query in Queries)
        {
            pages.Add(query, 0, 10);
            pages.Add(query, 37, 5);
        }

        return pages;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task SearchAsync_AnyQueryAndPage_SameAsScoringEveryDataset(string text, int offset, int limit)
    {
        var query = SearchQueryParser.Parse(text, offset, limit);

        var found = await index.SearchAsync(query, CancellationToken.None);
        var expected = await reference.SearchAsync(query, CancellationToken.None);

        Assert.Equal(expected.Total, found.Total);
        Assert.Equal(expected.Hits.Select(h => h.Dataset.Name), found.Hits.Select(h => h.Dataset.Name));
        Assert.Equal(expected.Hits.Select(h => h.Score), found.Hits.Select(h => h.Score), (a, b) => Math.Abs(a - b) < 1e-3);
        Assert.Equal(expected.Suggestions, found.Suggestions);
    }

    [Fact]
    public async Task SearchAsync_ManyNameMatches_MoreMatchingFieldsFirstThenByName()
    {
        using var dense = new LuceneCatalogIndex(new RAMDirectory());
        await dense.UpsertAsync([
            .. Enumerable.Range(0, 300).Select(i => new Dataset($"lake.s.churn_{i:D3}", "", ["group:o"], [], "misc", [new DatasetColumn("id", "bigint", "")])),
            new Dataset("lake.s.zz_churn", "Churn per customer", ["group:o"], ["churn"], "misc", [new DatasetColumn("churn_flag", "bool", "")]),
            new Dataset("lake.s.zy_churn", "", ["group:o"], ["churn"], "misc", []),
        ], CancellationToken.None);

        var result = await dense.SearchAsync(SearchQueryParser.Parse("churn", 0, 4), CancellationToken.None);

        Assert.Equal(["lake.s.zz_churn", "lake.s.zy_churn", "lake.s.churn_000", "lake.s.churn_001"], result.Hits.Select(h => h.Dataset.Name));
        Assert.Equal(302, result.Total);
    }

    [Fact]
    public async Task SearchAsync_TensOfThousandsOfMatches_CountsEveryOne()
    {
        using var large = new LuceneCatalogIndex(new RAMDirectory());
        await large.UpsertAsync([
            .. Enumerable.Range(0, 20_050).Select(i =>
                new Dataset($"lake.s.t{i}", i % 2 == 0 ? "zebra quagga" : "zebras", ["group:o"], [], "misc", [])),
        ], CancellationToken.None);

        var wide = await large.SearchAsync(SearchQueryParser.Parse("zebra", 0, 5), CancellationToken.None);
        var single = await large.SearchAsync(SearchQueryParser.Parse("quagga", 0, 5), CancellationToken.None);

        Assert.Equal(20_050, wide.Total);
        Assert.Equal(5, wide.Hits.Count);
        Assert.Equal(10_025, single.Total);
    }

    [Fact]
    public async Task SearchAsync_WordsReadingMorePostingsThanTheLimit_RefusedNamingItAndTheCost()
    {
        using var wide = new LuceneCatalogIndex(new RAMDirectory()) { MaxPostings = 1_500 };
        await wide.UpsertAsync([
            .. Enumerable.Range(0, 1_000).Select(i =>
                new Dataset($"lake.s.t{i}", "zebra herd", ["group:o"], [], "misc", [new DatasetColumn(i % 10 == 0 ? "quagga_id" : "zebra_id", "bigint", "")])),
        ], CancellationToken.None);

        var e = await Assert.ThrowsAsync<Odp.Engine.Errors.InvalidRequestException>(
            () => wide.SearchAsync(SearchQueryParser.Parse("zebra", 0, 5), CancellationToken.None));
        var narrow = await wide.SearchAsync(SearchQueryParser.Parse("quagga", 0, 5), CancellationToken.None);

        Assert.Equal("This search is too broad for a catalog this size: it would read 1,900 postings (places where its words occur in the datasets; a phrase's words in descriptions count 3 each), and one search may read 1,500. Use fewer or rarer words.", e.Message);
        Assert.Equal(100, narrow.Total);
    }

    [Fact]
    public async Task SearchAsync_PhraseCheckingMoreDescriptionsThanTheLimitAllows_RefusedNamingIt()
    {
        using var wide = new LuceneCatalogIndex(new RAMDirectory()) { MaxPostings = 10_000 };
        await wide.UpsertAsync([
            .. Enumerable.Range(0, 1_000).Select(i =>
                new Dataset($"lake.s.t{i}", i % 10 == 0 ? "the quagga herd" : "the zebra herd", ["group:o"], [], "misc", [])),
        ], CancellationToken.None);

        var e = await Assert.ThrowsAsync<Odp.Engine.Errors.InvalidRequestException>(
            () => wide.SearchAsync(SearchQueryParser.Parse("\"zebra herd\"", 0, 5), CancellationToken.None));
        var narrow = await wide.SearchAsync(SearchQueryParser.Parse("\"quagga herd\"", 0, 5), CancellationToken.None);

        Assert.Equal(
            "This search is too broad for a catalog this size: a phrase's words are all in so many datasets that checking their order would pass what one search may read (10,000 postings, 12 for each dataset checked). Use fewer or rarer words.",
            e.Message);
        Assert.Equal(100, narrow.Total);
    }
}
