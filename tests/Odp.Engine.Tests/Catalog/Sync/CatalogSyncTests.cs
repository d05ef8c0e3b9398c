using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Lucene.Net.Store;
using Odp.Engine.Catalog;
using Odp.Engine.Catalog.Index;
using Odp.Engine.Catalog.Sync;
using Odp.Engine.Integrations.OpenMetadata;
using Odp.Engine.Tests.Fakes.OpenMetadata;
using static Odp.Engine.Tests.Fakes.OpenMetadata.OpenMetadataSamples;

namespace Odp.Engine.Tests.Catalog.Sync;

public sealed class CatalogSyncTests : IAsyncLifetime
{
    private readonly InMemoryCatalogIndex index = new();
    private readonly ListSource file = new("file");
    private readonly ListLogger<OpenMetadataOwnerMapper> ownerLog = new();
    private readonly ListLogger<OpenMetadataCatalogSource> sourceLog = new();
    private FakeOpenMetadataServer server = null!;

    public async Task InitializeAsync() => server = await FakeOpenMetadataServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task RunAsync_OpenMetadataHasValues_ItsDescriptionOwnersAndTagsWinOverTheFile()
    {
        file.Datasets.Add(new Dataset("hive.sales.orders", "From the file.", ["user:bob"], ["finance"], "Finance",
            [new DatasetColumn("id", "bigint", ""), new DatasetColumn("amount", "decimal", "Order total")]));
        file.Datasets.Add(new Dataset("hive.sales.refunds", "Only in the file.", ["user:bob"], [], "Finance", []));
        server.Tables.Add(Table("trino.hive.sales.orders", "From OpenMetadata.", [User("alice")], "PII.Sensitive"));

        var report = await CreateSync().RunAsync(null, CancellationToken.None);

        var orders = await index.GetAsync("hive.sales.orders", CancellationToken.None);
        Assert.NotNull(orders);
        Assert.Equal("From OpenMetadata.", orders.Description);
        Assert.Equal(["user:alice"], orders.Owners);
        Assert.Equal(["PII.Sensitive"], orders.Tags);
        Assert.Equal("Sales", orders.Domain);
        Assert.Equal(["Row id", "Order total"], orders.Columns.Select(c => c.Description));
        Assert.Equal("Only in the file.", (await index.GetAsync("hive.sales.refunds", CancellationToken.None))?.Description);
        Assert.Equal((true, 2, 0, 0), (report.Full, report.Added, report.Updated, report.Removed));
    }

    [Theory]
    [InlineData("tag:PII.Sensitive")]
    [InlineData("tag:pii.sensitive")]
    [InlineData("tag:sensitive")]
    [InlineData("orders tag:Tier.Tier1")]
    public async Task RunAsync_OpenMetadataTagsWithClassification_FoundByTheirFullName(string search)
    {
        server.Tables.Add(Table("trino.hive.sales.orders", "Orders.", [], "PII.Sensitive", "Tier.Tier1"));
        server.Tables.Add(Table("trino.hive.sales.stats", "Stats.", [], "Tier.Tier2"));
        using var lucene = new LuceneCatalogIndex(new RAMDirectory());
        await CreateSync(lucene).RunAsync(null, CancellationToken.None);

        var result = await lucene.SearchAsync(SearchQueryParser.Parse(search, 0, 10), CancellationToken.None);

        Assert.Equal(["hive.sales.orders"], result.Hits.Select(h => h.Dataset.Name));
        Assert.Equal(["PII.Sensitive", "Tier.Tier1"], result.Hits[0].Dataset.Tags);
        Assert.Equal(0, (await lucene.SearchAsync(SearchQueryParser.Parse("tag:PII", 0, 10), CancellationToken.None)).Total);
    }

    [Fact]
    public async Task RunAsync_DatasetGoneFromEverySource_RemovesItFromIndexAndSearch()
    {
        server.Tables.AddRange([Table("trino.hive.sales.orders"), Table("trino.hive.sales.legacy_orders")]);
        var sync = CreateSync();
        await sync.RunAsync(null, CancellationToken.None);
        Assert.Equal(2, (await SearchAsync("orders")).Total);

        server.Tables.RemoveAll(t => t.Name == "legacy_orders");
        var report = await sync.RunAsync(null, CancellationToken.None);

        Assert.Equal(1, report.Removed);
        Assert.Null(await index.GetAsync("hive.sales.legacy_orders", CancellationToken.None));
        Assert.Equal(["hive.sales.orders"], (await SearchAsync("orders")).Hits.Select(h => h.Dataset.Name));
    }

    [Fact]
    public async Task RunAsync_SecondRun_UpsertsOnlyChangedDatasets()
    {
        server.Tables.AddRange([Table("trino.hive.sales.orders", "Orders."), Table("trino.hive.sales.customers", "Customers.")]);
        var sync = CreateSync();
        await sync.RunAsync(null, CancellationToken.None);
        index.Upserted.Clear();

        server.Tables[1] = server.Tables[1] with { Description = "Every customer." };
        var report = await sync.RunAsync(null, CancellationToken.None);

        Assert.Equal(["hive.sales.customers"], index.Upserted);
        Assert.Equal((false, 0, 1, 1), (report.Full, report.Added, report.Updated, report.Unchanged));
        Assert.Equal("Every customer.", (await index.GetAsync("hive.sales.customers", CancellationToken.None))?.Description);
    }

    [Fact]
    public async Task RunAsync_UnmappedOwnerOnTwoSyncs_ReportedBothTimesWarnedOnce()
    {
        server.Tables.Add(Table("trino.hive.sales.orders", owners: [User("carol"), Team("ghosts")]));
        var sync = CreateSync();

        var first = await sync.RunAsync(null, CancellationToken.None);
        var second = await sync.RunAsync(null, CancellationToken.None);

        Assert.Equal(["team:ghosts", "user:carol"], first.UnmappedOwners);
        Assert.Equal(["team:ghosts", "user:carol"], second.UnmappedOwners);
        Assert.Equal(2, ownerLog.Entries.Count(e => e.Level == LogLevel.Warning));
    }

    [Fact]
    public async Task RunAsync_OpenMetadataFails_LeavesIndexUnchanged()
    {
        server.Tables.Add(Table("trino.hive.sales.orders"));
        var sync = CreateSync();
        await sync.RunAsync(null, CancellationToken.None);

        server.FailNext(500, 10);
        await Assert.ThrowsAsync<OpenMetadataException>(() => sync.RunAsync(null, CancellationToken.None));

        Assert.NotNull(await index.GetAsync("hive.sales.orders", CancellationToken.None));
    }

    /// <summary>Ways an entity can break, each shaped after OpenMetadata's schemas (a TagLabel requires tagFQN).</summary>
    public static TheoryData<string, string> Malformations => new()
    {
        { "id", "could not be converted" },
        { "columns", "could not be converted" },
        { "tagFQN", "tag #1 has no tagFQN" },
        { "fullyQualifiedName", "it has no fullyQualifiedName" },
        { "column", "column #2 is null" },
    };

    [Theory]
    [MemberData(nameof(Malformations))]
    public async Task RunAsync_OneMalformedTableAmongGoodOnes_SkipsAndReportsItAndSyncsTheRest(string broken, string problem)
    {
        server.Tables.AddRange([Table("trino.hive.sales.orders"), Table("trino.hive.sales.bad", "", null, "PII.Sensitive"), Table("trino.hive.sales.customers")]);
        server.Tamper["trino.hive.sales.bad"] = table => Break(table, broken);
        var steps = new List<SyncProgress>();

        var report = await CreateSync().RunAsync(new SynchronousProgress(steps), CancellationToken.None);

        Assert.Equal(["hive.sales.customers", "hive.sales.orders"], (await index.NamesAsync(CancellationToken.None)).Order());
        Assert.Equal(1, report.SkippedCount);
        var skipped = Assert.Single(report.Skipped);
        Assert.Contains(problem, skipped, StringComparison.Ordinal);
        Assert.Contains(broken == "fullyQualifiedName" ? "table bad (id " : "table trino.hive.sales.bad", skipped, StringComparison.Ordinal);
        var warning = Assert.Single(sourceLog.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("malformed", warning.Message, StringComparison.Ordinal);
        Assert.Contains(problem, warning.Message, StringComparison.Ordinal);
        Assert.Equal(1, steps[^1].Skipped);
    }

    [Fact]
    public async Task RunAsync_EveryOpenMetadataTableMalformed_FailsAndLeavesTheIndexAsItWas()
    {
        server.Tables.AddRange([Table("trino.hive.sales.orders"), Table("trino.hive.sales.customers")]);
        var sync = CreateSync();
        await sync.RunAsync(null, CancellationToken.None);
        foreach (var table in server.Tables) server.Tamper[table.FullyQualifiedName] = json => json["id"] = "not-a-uuid";

        var error = await Assert.ThrowsAsync<CatalogSourceException>(() => sync.RunAsync(null, CancellationToken.None));

        Assert.Contains("every one is malformed", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await index.NamesAsync(CancellationToken.None)).Count);
    }

    private static void Break(System.Text.Json.Nodes.JsonObject table, string broken)
    {
        switch (broken)
        {
            case "id": table["id"] = "not-a-uuid"; break;
            case "columns": table["columns"] = "id BIGINT, amount DECIMAL"; break;
            case "tagFQN": table["tags"]![0]!.AsObject().Remove("tagFQN"); break;
            case "fullyQualifiedName": table.Remove("fullyQualifiedName"); break;
            case "column": table["columns"]![1] = null; break;
        }
    }

    [Fact]
    public async Task RunAsync_WithProgress_ReportsReadingEachSourceAndWriting()
    {
        file.Datasets.Add(new Dataset("hive.sales.refunds", "Refunds.", [], [], "", []));
        server.Tables.Add(Table("trino.hive.sales.orders"));
        var steps = new List<SyncProgress>();

        await CreateSync().RunAsync(new SynchronousProgress(steps), CancellationToken.None);

        Assert.Contains(new SyncProgress("reading file", 1, 0, Datasets: 1), steps);
        Assert.Contains(new SyncProgress("reading openmetadata", 1, 0, Datasets: 2), steps);
        Assert.Equal(new SyncProgress("writing", 2, 2, Datasets: 2), steps[^1]);
    }

    private Task<SearchResult> SearchAsync(string text) =>
        index.SearchAsync(SearchQueryParser.Parse(text, 0, 10), CancellationToken.None);

    private CatalogSync CreateSync(ICatalogIndex? into = null)
    {
        var options = Options.Create(new OpenMetadataOptions { PageSize = 1 });
        var mapper = new OpenMetadataTableMapper(options, new OpenMetadataOwnerMapper(new FakeDirectory(), ownerLog));
        var client = OpenMetadataTestClient.Create(server.Url, FakeOpenMetadataServer.Token, new ImmediateTimeProvider());
        var openMetadata = new OpenMetadataCatalogSource(client, mapper, new OpenMetadataNames(), options, sourceLog);
        return new CatalogSync([file, openMetadata], into ?? index, TimeProvider.System, NullLogger<CatalogSync>.Instance);
    }

    private sealed class ListSource(string name) : ICatalogSource
    {
        public List<Dataset> Datasets { get; } = [];

        public string Name => name;

        public async IAsyncEnumerable<Dataset> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            foreach (var dataset in Datasets) yield return dataset;
            await Task.CompletedTask;
        }
    }

    private sealed class SynchronousProgress(List<SyncProgress> steps) : IProgress<SyncProgress>
    {
        public void Report(SyncProgress value) => steps.Add(value);
    }
}
