using Odp.Engine.Catalog;
using Odp.Engine.Tests.Fakes;

namespace Odp.Engine.Tests.Catalog;

public sealed class DemoCatalogTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static readonly FileCatalog Demo = FileCatalog.Load(RepoPaths.DemoCatalog);

    private static SearchQuery Parse(string text) => SearchQueryParser.Parse(text);

    [Fact]
    public void Load_DemoCatalog_HasEnoughDatasetsDomainsAndCatalogs()
    {
        Assert.True(Demo.Datasets.Count >= 25, $"only {Demo.Datasets.Count} datasets");
        Assert.True(Demo.Datasets.Select(d => d.Domain).Distinct().Count() >= 4);
        Assert.True(Demo.Datasets.Select(d => d.QualifiedName.Catalog).Distinct().Count() >= 3);
        Assert.All(Demo.Datasets, d => Assert.InRange(d.Columns.Count, 3, 8));
        Assert.All(Demo.Datasets, d => Assert.All(d.Columns, c => Assert.NotEqual("", c.Type)));
    }

    [Fact]
    public async Task GetAsync_DemoOrders_MatchesTheDocumentedExample()
    {
        var orders = await Demo.GetAsync("lake.sales.orders", None);

        Assert.NotNull(orders);
        Assert.Equal("One row per customer order since 2019", orders.Description);
        Assert.Equal(["group:sales-owners"], orders.Owners);
        Assert.Equal(["finance", "pii"], orders.Tags);
        Assert.Equal("sales", orders.Domain);
        Assert.Equal(new DatasetColumn("order_id", "bigint", "Order key"), orders.Columns[0]);
    }

    [Fact]
    public async Task SearchAsync_DemoChurn_FindsChurnTablesFirst()
    {
        var result = await Demo.SearchAsync(Parse("churn"), None);

        var top = result.Hits.Take(2).Select(h => h.Dataset.Name).Order().ToList();
        Assert.Equal(["lake.marketing.customer_churn", "warehouse.analytics.churn_scores"], top);
    }

    [Fact]
    public async Task SearchAsync_DemoTypo_SuggestsChurn()
    {
        var result = await Demo.SearchAsync(Parse("chrun"), None);

        Assert.Empty(result.Hits);
        Assert.Equal("churn", result.Suggestions[0]);
    }

    [Fact]
    public async Task SearchAsync_DemoFilters_Narrow()
    {
        var all = (await Demo.SearchAsync(Parse(""), None)).Total;
        var pii = (await Demo.SearchAsync(Parse("tag:pii"), None)).Total;
        var piiSales = (await Demo.SearchAsync(Parse("tag:pii domain:sales"), None)).Total;
        var bob = await Demo.SearchAsync(Parse("owner:bob"), None);

        Assert.Equal(Demo.Datasets.Count, all);
        Assert.InRange(pii, 1, all - 1);
        Assert.InRange(piiSales, 1, pii - 1);
        Assert.Equal(["crm.sales.opportunities"], bob.Hits.Select(h => h.Dataset.Name));
    }
}
