using Odp.Engine.Catalog;

namespace Odp.Engine.Tests.Catalog;

/// <summary>The catalog search behaviour; <c>LuceneCatalogIndexSearchTests</c> runs the same cases against the index.</summary>
public class FileCatalogTests
{
    protected static readonly CancellationToken None = CancellationToken.None;

    protected static Dataset Ds(
        string name,
        string description = "",
        string[]? tags = null,
        string[]? columns = null,
        string[]? owners = null,
        string domain = "misc") =>
        new(name, description, owners ?? ["group:owners"], tags ?? [], domain,
            [.. (columns ?? []).Select(c => new DatasetColumn(c, "varchar", ""))]);

    protected static SearchQuery Query(
        string[]? terms = null,
        string[]? owners = null,
        string[]? tags = null,
        string[]? domains = null,
        string[]? catalogs = null,
        int offset = 0,
        int limit = 10) =>
        new(terms ?? [], owners ?? [], tags ?? [], domains ?? [], catalogs ?? [], offset, limit);

    protected virtual ICatalog Create(IReadOnlyList<Dataset> datasets) => new FileCatalog(datasets);

    private static async Task<List<string>> Names(ICatalog catalog, SearchQuery query) =>
        [.. (await catalog.SearchAsync(query, None)).Hits.Select(h => h.Dataset.Name)];

    [Fact]
    public async Task SearchAsync_ExactFullName_BeatsDescriptionMention()
    {
        var catalog = Create([
            Ds("lake.misc.notes", description: "Copied nightly from lake.sales.orders"),
            Ds("lake.sales.orders"),
        ]);

        var names = await Names(catalog, Query(["lake.sales.orders"]));

        Assert.Equal(["lake.sales.orders", "lake.misc.notes"], names);
    }

    [Fact]
    public async Task SearchAsync_SchemaAndTable_ExactMatchesInEveryCatalogComeFirst()
    {
        var catalog = Create([
            Ds("lake.sales.orders_daily"),
            Ds("lake.crm.orders", description: "sales orders"),
            Ds("lake.sales.orders"),
            Ds("hive.sales.orders"),
        ]);

        var names = await Names(catalog, Query(["Sales.Orders"]));

        Assert.Equal(["hive.sales.orders", "lake.sales.orders", "lake.sales.orders_daily", "lake.crm.orders"], names);
    }

    [Fact]
    public async Task SearchAsync_TermInDifferentFields_RanksNameThenTagThenColumnThenDescription()
    {
        var catalog = Create([
            Ds("lake.x.alpha", tags: ["churn"]),
            Ds("lake.x.beta", columns: ["churn_flag"]),
            Ds("lake.x.churn_daily"),
            Ds("lake.x.gamma", description: "Used for churn analysis"),
            Ds("lake.x.unrelated", description: "Nothing to see"),
        ]);

        var names = await Names(catalog, Query(["churn"]));

        Assert.Equal(["lake.x.churn_daily", "lake.x.alpha", "lake.x.beta", "lake.x.gamma"], names);
    }

    [Fact]
    public async Task SearchAsync_TermInManyWeakFields_StillRanksBelowNameMatch()
    {
        var catalog = Create([
            Ds("lake.x.everything", "All about churn", ["churn"], ["churn_reason"]),
            Ds("lake.x.churn"),
        ]);

        var names = await Names(catalog, Query(["churn"]));

        Assert.Equal("lake.x.churn", names[0]);
    }

    [Theory]
    [InlineData("order")]
    [InlineData("ORDERS")]
    [InlineData("Orders")]
    public async Task SearchAsync_PrefixOrCase_FindsOrders(string term)
    {
        var catalog = Create([Ds("lake.sales.orders"), Ds("lake.sales.refunds")]);

        Assert.Equal(["lake.sales.orders"], await Names(catalog, Query([term])));
    }

    [Fact]
    public async Task SearchAsync_CamelCaseName_SplitsIntoTokens()
    {
        var catalog = Create([Ds("lake.sales.orderItems"), Ds("lake.sales.refunds")]);

        Assert.Equal(["lake.sales.orderItems"], await Names(catalog, Query(["items"])));
    }

    [Fact]
    public async Task SearchAsync_QuotedPhrase_MatchesContiguousTokens()
    {
        var catalog = Create([
            Ds("lake.marketing.customer_churn"),
            Ds("lake.marketing.customer_segments", description: "Segments that predict churn"),
        ]);

        Assert.Equal(["lake.marketing.customer_churn"], await Names(catalog, Query(["customer churn"])));
    }

    [Fact]
    public async Task SearchAsync_SeveralTerms_RequiresEveryTerm()
    {
        var catalog = Create([
            Ds("lake.sales.orders"),
            Ds("lake.marketing.customer_churn"),
            Ds("lake.sales.customer_churn"),
        ]);

        var names = await Names(catalog, Query(["sales", "churn"]));

        Assert.Equal(["lake.sales.customer_churn"], names);
    }

    [Fact]
    public async Task SearchAsync_NoDatasetHasEveryTerm_FallsBackToAnyTerm()
    {
        var catalog = Create([Ds("lake.sales.orders"), Ds("lake.hr.employees")]);

        var result = await catalog.SearchAsync(Query(["orders", "zebra"]), None);

        Assert.Equal("lake.sales.orders", Assert.Single(result.Hits).Dataset.Name);
        Assert.Empty(result.Suggestions);
    }

    [Fact]
    public async Task SearchAsync_EqualScores_SortByName()
    {
        var catalog = Create([Ds("lake.b.orders"), Ds("lake.c.orders"), Ds("lake.a.orders")]);

        Assert.Equal(["lake.a.orders", "lake.b.orders", "lake.c.orders"], await Names(catalog, Query(["orders"])));
    }

    [Theory]
    [InlineData("group:sales-owners", new[] { "lake.sales.orders" })]
    [InlineData("user:bob", new[] { "crm.sales.deals" })]
    [InlineData("bob", new[] { "crm.sales.deals" })]
    [InlineData("sales-owners", new[] { "lake.sales.orders" })]
    [InlineData("user:sales-owners", new string[0])]
    public async Task SearchAsync_OwnerFilter_MatchesPrefixedOrBareIds(string owner, string[] expected)
    {
        var catalog = Create([
            Ds("lake.sales.orders", owners: ["group:sales-owners"]),
            Ds("crm.sales.deals", owners: ["user:bob"]),
            Ds("lake.hr.people", owners: ["group:hr-owners"]),
        ]);

        Assert.Equal(expected, await Names(catalog, Query(owners: [owner])));
    }

    [Fact]
    public async Task SearchAsync_EachFilter_NarrowsTheResult()
    {
        var catalog = Create([
            Ds("lake.sales.orders", tags: ["pii"], domain: "sales"),
            Ds("lake.sales.stats", tags: ["gold"], domain: "sales"),
            Ds("warehouse.sales.revenue", tags: ["gold"], domain: "sales"),
            Ds("warehouse.hr.people", tags: ["PII"], domain: "hr"),
        ]);

        Assert.Equal(4, (await catalog.SearchAsync(Query(), None)).Total);
        Assert.Equal(["lake.sales.orders", "warehouse.hr.people"], await Names(catalog, Query(tags: ["pii"])));
        Assert.Equal(["warehouse.hr.people"], await Names(catalog, Query(domains: ["HR"])));
        Assert.Equal(["warehouse.hr.people", "warehouse.sales.revenue"], await Names(catalog, Query(catalogs: ["warehouse"])));
        Assert.Equal(["warehouse.sales.revenue"], await Names(catalog, Query(tags: ["gold"], catalogs: ["warehouse"])));
        Assert.Equal(["lake.sales.stats", "warehouse.sales.revenue"], await Names(catalog, Query(["sales"], tags: ["gold"])));
    }

    [Fact]
    public async Task SearchAsync_TagWithClassification_FoundByFullNameOrLastPartNotByClassification()
    {
        var catalog = Create([
            Ds("lake.sales.orders", tags: ["PII.Sensitive", "Tier.Tier1"]),
            Ds("lake.hr.people", tags: ["Confidentiality.Sensitive"]),
            Ds("lake.sales.stats", tags: ["pii"]),
            Ds("lake.docs.release", tags: ["Glossary.\"v1.0\""]),
        ]);

        Assert.Equal(["lake.sales.orders"], await Names(catalog, Query(tags: ["PII.Sensitive"])));
        Assert.Equal(["lake.sales.orders"], await Names(catalog, Query(tags: ["pii.sensitive"])));
        Assert.Equal(["lake.hr.people", "lake.sales.orders"], await Names(catalog, Query(tags: ["sensitive"])));
        Assert.Equal(["lake.sales.orders"], await Names(catalog, Query(tags: ["tier1"])));
        Assert.Equal(["lake.sales.stats"], await Names(catalog, Query(tags: ["PII"])));
        Assert.Equal(["lake.docs.release"], await Names(catalog, Query(tags: ["v1.0"])));
    }

    [Fact]
    public async Task SearchAsync_SeveralValuesInOneFilter_AreOred()
    {
        var catalog = Create([
            Ds("lake.a.one", domain: "sales"),
            Ds("lake.a.two", domain: "hr"),
            Ds("lake.a.three", domain: "finance"),
        ]);

        Assert.Equal(["lake.a.one", "lake.a.two"], await Names(catalog, Query(domains: ["sales", "hr"])));
    }

    [Fact]
    public async Task SearchAsync_Paging_ReturnsPageAndTotal()
    {
        var catalog = Create([.. Enumerable.Range(1, 7).Select(i => Ds($"lake.s.table{i}"))]);

        var result = await catalog.SearchAsync(Query(offset: 3, limit: 2), None);

        Assert.Equal(7, result.Total);
        Assert.Equal(["lake.s.table4", "lake.s.table5"], result.Hits.Select(h => h.Dataset.Name));
        Assert.Empty((await catalog.SearchAsync(Query(offset: 10, limit: 2), None)).Hits);
    }

    [Fact]
    public async Task SearchAsync_Typo_SuggestsClosestWord()
    {
        var catalog = Create([
            Ds("lake.marketing.customer_churn", tags: ["pii"]),
            Ds("lake.sales.orders", columns: ["order_id"]),
        ]);

        var result = await catalog.SearchAsync(Query(["chrun"]), None);

        Assert.Empty(result.Hits);
        Assert.Equal(0, result.Total);
        Assert.Equal("churn", result.Suggestions[0]);
    }

    [Fact]
    public async Task SearchAsync_CamelCaseTableTypedInOneWord_SuggestsTheTableName()
    {
        var catalog = Create([Ds("lake.crm.customerOrders"), Ds("lake.crm.customer_churn")]);

        var result = await catalog.SearchAsync(Query(["customerordrs"]), None);

        Assert.Empty(result.Hits);
        Assert.Equal("customerorders", result.Suggestions[0]);
    }

    [Fact]
    public async Task SearchAsync_NothingClose_HasNoSuggestions()
    {
        var catalog = Create([Ds("lake.sales.orders")]);

        var result = await catalog.SearchAsync(Query(["xylophone"]), None);

        Assert.Empty(result.Hits);
        Assert.Empty(result.Suggestions);
    }

    [Fact]
    public async Task SearchAsync_ManyCloseWords_SuggestsAtMostThree()
    {
        var catalog = Create([Ds("lake.a.cart", columns: ["card", "care", "cark", "carp"])]);

        var result = await catalog.SearchAsync(Query(["carx"]), None);

        Assert.Equal(3, result.Suggestions.Count);
    }

    [Fact]
    public async Task GetAsync_DifferentCase_FindsDataset()
    {
        var catalog = Create([Ds("lake.sales.orders")]);

        Assert.Equal("lake.sales.orders", (await catalog.GetAsync("LAKE.Sales.ORDERS", None))?.Name);
        Assert.Null(await catalog.GetAsync("lake.sales.order", None));
    }
}
