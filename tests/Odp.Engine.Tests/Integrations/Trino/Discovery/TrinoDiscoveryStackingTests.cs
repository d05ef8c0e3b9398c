using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Odp.Engine.Catalog;
using Odp.Engine.Catalog.Sync;
using Odp.Engine.Integrations.OpenMetadata;
using Odp.Engine.Integrations.Trino;
using Odp.Engine.Integrations.Trino.Discovery;
using Odp.Engine.Tests.Catalog.Sync;
using Odp.Engine.Tests.Fakes;
using Odp.Engine.Tests.Fakes.OpenMetadata;
using Odp.Engine.Tests.Fakes.Trino;
using static Odp.Engine.Tests.Fakes.OpenMetadata.OpenMetadataSamples;
using static Odp.Engine.Tests.Integrations.Trino.Client.TrinoClientFixture;

namespace Odp.Engine.Tests.Integrations.Trino.Discovery;

/// <summary>The sources stacked as registered: the demo catalog file, then Trino's tables, then OpenMetadata.</summary>
public sealed class TrinoDiscoveryStackingTests : IAsyncLifetime
{
    private readonly InMemoryCatalogIndex index = new();
    private FakeTrinoServer trino = null!;
    private FakeOpenMetadataServer openMetadata = null!;

    public async Task InitializeAsync()
    {
        trino = await FakeTrinoServer.StartAsync();
        FakeTrinoLake.Seed(trino.Model);
        openMetadata = await FakeOpenMetadataServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await trino.DisposeAsync();
        await openMetadata.DisposeAsync();
    }

    [Fact]
    public async Task RunAsync_TableInFileAndTrino_FileSuppliesOwnersTagsAndDescriptionsTrinoTheColumns()
    {
        await CreateSync().RunAsync(null, CancellationToken.None);

        var orders = await index.GetAsync("lake.sales.orders", CancellationToken.None);
        Assert.NotNull(orders);
        Assert.Equal("One row per customer order since 2019", orders.Description);
        Assert.Equal(["group:sales-owners"], orders.Owners);
        Assert.Equal(["finance", "pii"], orders.Tags);
        Assert.Equal("sales", orders.Domain);
        // Trino's column list wins (loyalty_tier is new, the file's other columns are gone); the file's descriptions fill in.
        Assert.Equal(["order_id", "customer_id", "total_amount", "loyalty_tier"], orders.Columns.Select(c => c.Name));
        Assert.Equal("Order key", orders.Columns[0].Description);
        Assert.Equal("Tier at the time of the order", orders.Columns[3].Description);
    }

    [Fact]
    public async Task RunAsync_TableOnlyInTrino_ListedWithoutOwner()
    {
        await CreateSync().RunAsync(null, CancellationToken.None);

        var refunds = await index.GetAsync("lake.sales.refund_requests", CancellationToken.None);
        Assert.NotNull(refunds);
        Assert.Empty(refunds.Owners);
        Assert.Equal(["refund_id", "order_id", "reason"], refunds.Columns.Select(c => c.Name));
        Assert.NotNull(await index.GetAsync("lake.sales.order_items", CancellationToken.None)); // only in the file: still listed
    }

    [Fact]
    public async Task RunAsync_OpenMetadataDescribesTheTable_ItsOwnersTagsAndDescriptionWinOverFileAndTrino()
    {
        openMetadata.Tables.Add(Table("trino.lake.sales.orders", "Orders as the data team documents them.", [User("alice")], "Tier.Gold"));
        openMetadata.Tables.Add(Table("trino.lake.sales.refund_requests", "Refunds customers asked for.", [User("bob")]));

        await CreateSync().RunAsync(null, CancellationToken.None);

        var orders = (await index.GetAsync("lake.sales.orders", CancellationToken.None))!;
        Assert.Equal("Orders as the data team documents them.", orders.Description);
        Assert.Equal(["user:alice"], orders.Owners);
        Assert.Equal(["Tier.Gold"], orders.Tags);
        var refunds = (await index.GetAsync("lake.sales.refund_requests", CancellationToken.None))!;
        Assert.Equal(["user:bob"], refunds.Owners);
        Assert.Equal("Refunds customers asked for.", refunds.Description);
    }

    private CatalogSync CreateSync()
    {
        var file = new FileCatalogSource(Options.Create(new CatalogOptions { File = RepoPaths.DemoCatalog }), TimeProvider.System, NullLogger<FileCatalogSource>.Instance);
        var trinoOptions = Options.Create(new TrinoOptions { User = "odp", Discover = true });
        var client = ClientFor(trino);
        var discovered = new TrinoCatalogSource(client, new TrinoCatalogs(client, trinoOptions), trinoOptions, NullLogger<TrinoCatalogSource>.Instance);
        var omOptions = Options.Create(new OpenMetadataOptions());
        var omClient = OpenMetadataTestClient.Create(openMetadata.Url, FakeOpenMetadataServer.Token, new ImmediateTimeProvider());
        var described = new OpenMetadataCatalogSource(omClient, OpenMetadataTestClient.Mapper(new FakeDirectory(), omOptions.Value),
            new OpenMetadataNames(), omOptions, NullLogger<OpenMetadataCatalogSource>.Instance);
        return new CatalogSync([file, discovered, described], index, TimeProvider.System, NullLogger<CatalogSync>.Instance);
    }
}
