using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Odp.Engine.Catalog;
using Odp.Engine.Catalog.Sync;
using Odp.Engine.Integrations.Trino;
using Odp.Engine.Integrations.Trino.Discovery;
using Odp.Engine.Tests.Fakes.Trino;
using static Odp.Engine.Tests.Integrations.Trino.Client.TrinoClientFixture;

namespace Odp.Engine.Tests.Integrations.Trino.Discovery;

public sealed class TrinoCatalogSourceTests : IAsyncLifetime
{
    private FakeTrinoServer trino = null!;

    public async Task InitializeAsync()
    {
        trino = await FakeTrinoServer.StartAsync();
        FakeTrinoLake.Seed(trino.Model);
    }

    public async Task DisposeAsync() => await trino.DisposeAsync();

    [Fact]
    public async Task ReadAsync_EveryCatalog_ListsEachTableOnceWithTypedColumns()
    {
        var datasets = await ReadAsync(new TrinoOptions { User = "odp" });

        Assert.Equal(FakeTrinoLake.DatasetNames, datasets.Select(d => d.Name).Order(StringComparer.Ordinal));
        var orders = datasets.Single(d => d.Name == "lake.sales.orders");
        Assert.Equal(
            [
                new DatasetColumn("order_id", "bigint", ""), new DatasetColumn("customer_id", "bigint", ""),
                new DatasetColumn("total_amount", "decimal(12,2)", ""), new DatasetColumn("loyalty_tier", "varchar(16)", "Tier at the time of the order"),
            ],
            orders.Columns);
        Assert.Equal("timestamp(3) with time zone", datasets.Single(d => d.Name == "warehouse.web.page_views").Columns[2].Type);
        Assert.All(datasets, d => Assert.Empty(d.Owners));
    }

    [Fact]
    public async Task ReadAsync_MetadataSpansManyPages_ReadsThemAllThroughQueuedPagesWithoutData()
    {
        trino.PageSize = 2;

        var datasets = await ReadAsync(new TrinoOptions { User = "odp" });

        Assert.Equal(4, datasets.Count);
        Assert.Equal(13, datasets.Sum(d => d.Columns.Count));
        // information_schema lists its own columns too, so lake's columns alone take over ten pages of two rows.
        var columnsQuery = trino.Calls.Single(c => c.Method == "POST" && c.Body.Contains("\"lake\".information_schema.columns"));
        Assert.True(trino.Calls.Count(c => c.Method == "GET") > 20);
        Assert.DoesNotContain(trino.Calls, c => c.Method == "DELETE");
        Assert.Equal("odp", columnsQuery.User);
    }

    [Fact]
    public async Task ReadAsync_SkipsSystemInformationSchemaAndNamesThatAreNotThreeParts()
    {
        var datasets = await ReadAsync(new TrinoOptions { User = "odp" });

        Assert.DoesNotContain(datasets, d => d.Name.StartsWith("system.", StringComparison.Ordinal));
        Assert.DoesNotContain(datasets, d => d.Name.Contains(".information_schema.", StringComparison.Ordinal));
        Assert.DoesNotContain(datasets, d => d.Name.Contains("payroll", StringComparison.Ordinal));
        Assert.DoesNotContain(trino.Calls, c => c.Body.Contains("\"system\".information_schema", StringComparison.Ordinal));
        Assert.Contains(trino.Calls, c => c.Body.Contains("\"scratch\".information_schema.tables", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadAsync_CatalogsConfigured_WalksOnlyThoseWithoutListingCatalogs()
    {
        var datasets = await ReadAsync(new TrinoOptions { User = "odp", Catalogs = "warehouse" });

        Assert.Equal(["warehouse.web.page_views"], datasets.Select(d => d.Name));
        Assert.DoesNotContain(trino.Calls, c => c.Body.Contains("system.metadata.catalogs", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadAsync_ConfiguredCatalogMissing_FailsNamingIt()
    {
        var e = await Assert.ThrowsAsync<CatalogSourceException>(() => ReadAsync(new TrinoOptions { User = "odp", Catalogs = "lake, gone" }));

        Assert.Contains("catalog 'gone'", e.Message);
        Assert.Contains("Catalog 'gone' not found", e.Message);
    }

    [Fact]
    public async Task ReadAsync_HostileCatalogName_IsQuotedAsOneIdentifier()
    {
        var e = await Assert.ThrowsAsync<CatalogSourceException>(() =>
            ReadAsync(new TrinoOptions { User = "odp", Catalogs = "x\".information_schema.tables; DROP TABLE t; --" }));

        var post = Assert.Single(trino.Calls, c => c.Method == "POST");
        Assert.StartsWith("SELECT table_schema, table_name FROM \"x\"\".information_schema.tables; DROP TABLE t; --\".information_schema.tables", post.Body);
        Assert.Contains("not found", e.Message);
    }

    [Fact]
    public void SyncInterval_IsTheDiscoverInterval() =>
        Assert.Equal(TimeSpan.FromMinutes(30), Source(new TrinoOptions { User = "odp", DiscoverInterval = "30m" }).SyncInterval);

    private async Task<List<Dataset>> ReadAsync(TrinoOptions options)
    {
        var datasets = new List<Dataset>();
        await foreach (var dataset in Source(options).ReadAsync(CancellationToken.None)) datasets.Add(dataset);
        return datasets;
    }

    private TrinoCatalogSource Source(TrinoOptions options)
    {
        var client = ClientFor(trino);
        var wrapped = Options.Create(options);
        return new TrinoCatalogSource(client, new TrinoCatalogs(client, wrapped), wrapped, NullLogger<TrinoCatalogSource>.Instance);
    }
}
