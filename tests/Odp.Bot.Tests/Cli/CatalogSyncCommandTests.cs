using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Odp.Bot.Cli;
using Odp.Bot.Tests.Fakes;
using Odp.Engine.Catalog;
using Odp.Engine.Tests.Catalog.Sync;
using Odp.Engine.Tests.Fakes.OpenMetadata;
using Odp.Engine.Tests.Fakes.Trino;
using static Odp.Engine.Tests.Fakes.OpenMetadata.OpenMetadataSamples;

namespace Odp.Bot.Tests.Cli;

/// <summary><c>odp catalog sync</c> in process, against the fake OpenMetadata server (and the fake Trino) and an in-memory index.</summary>
public sealed class CatalogSyncCommandTests : IAsyncLifetime
{
    private readonly string data = Path.Combine(Path.GetTempPath(), "odp-sync-" + Guid.NewGuid().ToString("N"));
    private readonly InMemoryCatalogIndex index = new();
    private readonly StringWriter output = new();
    private readonly StringWriter errors = new();
    private FakeOpenMetadataServer server = null!;

    public async Task InitializeAsync() => server = await FakeOpenMetadataServer.StartAsync();

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task Sync_RedirectedOutput_PrintsStepLinesAndSummaryWithUnmappedOwners()
    {
        server.Tables.Add(Table("trino.lake.sales.orders", "Orders from OpenMetadata.", [User("alice"), User("zed")]));
        server.Tables.Add(Table("trino.lake.sales.om_only"));

        var exit = await RunAsync(FakeOpenMetadataServer.Token, terminal: false);

        Assert.True(exit == 0, errors.ToString());
        var text = output.ToString();
        Assert.Contains("reading file: 0", text);
        Assert.Contains("reading openmetadata: 0", text);
        Assert.DoesNotContain("\r", text);
        Assert.Matches(@"Catalog synced \(full\): \d+ added, 0 updated, 0 removed, 0 unchanged", text);
        Assert.Contains("left out: user:zed", text);
        Assert.Equal("Orders from OpenMetadata.", (await index.GetAsync("lake.sales.orders", CancellationToken.None))?.Description);
        Assert.NotNull(await index.GetAsync("lake.sales.om_only", CancellationToken.None));
        Assert.Contains(server.Calls, c => c.StartsWith("GET /api/v1/tables?fields=owners,tags,columns,domain&limit=100", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sync_OneMalformedTable_ExitsZeroSyncingTheRestAndListsItInTheSummary()
    {
        server.Tables.AddRange([Table("trino.lake.sales.om_only"), Table("trino.lake.sales.broken"), Table("trino.lake.sales.om_too")]);
        server.Tamper["trino.lake.sales.broken"] = table => table["columns"] = "not a list";

        var exit = await RunAsync(FakeOpenMetadataServer.Token, terminal: false);

        Assert.True(exit == 0, errors.ToString());
        var text = output.ToString();
        Assert.Matches(@"writing: .* \(1 malformed skipped\)", text);
        Assert.Contains("1 malformed entity was skipped:", text);
        Assert.Contains($"  table trino.lake.sales.broken (id {server.Tables[1].Id}): The JSON value could not be converted", text);
        Assert.NotNull(await index.GetAsync("lake.sales.om_too", CancellationToken.None));
        Assert.Null(await index.GetAsync("lake.sales.broken", CancellationToken.None));
    }

    [Fact]
    public async Task Sync_Terminal_RedrawsTheProgressLine()
    {
        var exit = await RunAsync(FakeOpenMetadataServer.Token, terminal: true);

        Assert.Equal(0, exit);
        Assert.Contains("\rwriting: [", output.ToString());
    }

    [Fact]
    public async Task Sync_BadToken_ExitsOneNamingTheTokenSettingAndLeavesIndexEmpty()
    {
        var exit = await RunAsync("expired", terminal: false);

        Assert.Equal(1, exit);
        Assert.Contains("Odp:OpenMetadata:Token", errors.ToString());
        Assert.Empty(await index.NamesAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Sync_InMemoryCatalogWithoutAnIndex_ExitsTwoSayingSo()
    {
        var exit = await CatalogSyncCommand.RunAsync(
            new HostOptions(data, SourceTree.DemoCatalog, SourceTree.DemoDirectory), output, errors, false,
            configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Odp:Catalog:Index"] = "memory" }),
            null, CancellationToken.None);

        Assert.Equal(StartupFailure.ExitCode, exit);
        Assert.Contains("no catalog index is configured", errors.ToString());
    }

    [Fact]
    public async Task Sync_TrinoDiscoveryOn_ReadsFileThenTrinoThenOpenMetadata()
    {
        await using var trino = await FakeTrinoServer.StartAsync();
        FakeTrinoLake.Seed(trino.Model);

        var exit = await RunAsync(FakeOpenMetadataServer.Token, terminal: false, Discover(trino));

        Assert.True(exit == 0, errors.ToString());
        var text = output.ToString();
        Assert.True(text.IndexOf("reading file", StringComparison.Ordinal) < text.IndexOf("reading trino", StringComparison.Ordinal));
        Assert.True(text.IndexOf("reading trino", StringComparison.Ordinal) < text.IndexOf("reading openmetadata", StringComparison.Ordinal));
        var refunds = await index.GetAsync("lake.sales.refund_requests", CancellationToken.None);
        Assert.NotNull(refunds);
        Assert.Empty(refunds.Owners);
        Assert.All(trino.Calls.Where(c => c.Method == "POST"), c => Assert.Equal("odp", c.User));
    }

    [Fact]
    public async Task Sync_TrinoCatalogMissing_ExitsOneNamingItAndLeavesIndexEmpty()
    {
        await using var trino = await FakeTrinoServer.StartAsync();
        var settings = Discover(trino);
        settings["Odp:Trino:Catalogs"] = "gone";

        var exit = await RunAsync(FakeOpenMetadataServer.Token, terminal: false, settings);

        Assert.Equal(1, exit);
        Assert.Contains("Catalog sync failed; the index is unchanged. Trino could not describe the tables of catalog 'gone'", errors.ToString());
        Assert.Empty(await index.NamesAsync(CancellationToken.None));
    }

    [Fact]
    public void Parse_CatalogSyncWithOptions_SelectsTheSyncCommand()
    {
        var result = OdpCommandLine.Build().Parse(["catalog", "sync", "--catalog", "c.yaml"]);

        Assert.Empty(result.Errors);
        Assert.Equal("sync", result.CommandResult.Command.Name);
    }

    private static Dictionary<string, string?> Discover(FakeTrinoServer trino) => new()
    {
        ["Odp:Trino:Discover"] = "true", ["Odp:Trino:User"] = "odp", ["Odp:Trino:CoordinatorUrl"] = trino.BaseUrl.ToString(),
    };

    private Task<int> RunAsync(string token, bool terminal, Dictionary<string, string?>? settings = null) => CatalogSyncCommand.RunAsync(
        new HostOptions(data, SourceTree.DemoCatalog, SourceTree.DemoDirectory),
        output,
        errors,
        terminal,
        configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings ?? [])
        {
            ["Odp:OpenMetadata:Url"] = server.Url.ToString(),
            ["Odp:OpenMetadata:Token"] = token,
        }),
        services => services.AddSingleton<ICatalogIndex>(index),
        CancellationToken.None);
}
