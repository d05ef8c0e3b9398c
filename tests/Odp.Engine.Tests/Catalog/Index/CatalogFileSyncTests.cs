using System.Runtime.CompilerServices;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Odp.Engine.Catalog;
using Odp.Engine.Catalog.Index;
using Odp.Engine.Catalog.Readiness;
using Odp.Engine.Catalog.Sync;
using Odp.Engine.Hosting;
using Odp.Engine.Tests.Fakes;
using Odp.Engine.Tests.Fakes.OpenMetadata;

namespace Odp.Engine.Tests.Catalog.Index;

/// <summary>
/// The catalog file over restarts of the engine with its Lucene index (each <see cref="Start"/> is a process): parsed at
/// most once per start, not at all when unchanged since the last complete sync, its edits synced; the catalog ready at
/// once after a restart that kept a complete sync of every source.
/// </summary>
public sealed class CatalogFileSyncTests : IDisposable
{
    private readonly string data = Path.Combine(Path.GetTempPath(), "odp-index-" + Guid.NewGuid().ToString("N"));
    private readonly string file = Path.Combine(Path.GetTempPath(), "odp-catalog-" + Guid.NewGuid().ToString("N") + ".yaml");

    public CatalogFileSyncTests() => File.Copy(RepoPaths.DemoCatalog, file);

    public void Dispose()
    {
        File.Delete(file);
        if (System.IO.Directory.Exists(data)) System.IO.Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task Start_NewIndexWithARemoteSource_ParsesTheFileOnceForTheIndexAndTheFirstSync()
    {
        await using var engine = Start(remote: true);

        Assert.False(engine.Readiness.IsReady);
        await engine.SyncAsync();

        Assert.Equal(1, engine.Parses);
        Assert.Equal($"file@{CatalogFile.ContentHashOf(file)} remote", engine.Index.LastSync?.Text);
        Assert.NotNull(await engine.Index.GetAsync(RemoteSource.Dataset, CancellationToken.None));
    }

    [Fact]
    public async Task Restart_FileOnlyAndUnchanged_ParsesNothingAndTheFirstSyncReadsNothing()
    {
        await using (var first = Start())
        {
            await first.SyncAsync();
            Assert.Equal(1, first.Parses);
        }

        await using var restarted = Start();
        var report = await restarted.SyncAsync();

        Assert.Equal(0, restarted.Parses);
        Assert.Equal(FileCatalog.Load(file).Datasets.Count, report.Unchanged);
        Assert.NotEmpty((await restarted.Index.SearchAsync(SearchQueryParser.Parse("churn"), CancellationToken.None)).Hits);
    }

    [Fact]
    public async Task Restart_RemoteSourceAndUnchangedFile_ReadyAtOnceAndTheFileParsedOnlyByTheSync()
    {
        await using (var first = Start(remote: true)) await first.SyncAsync();

        await using var restarted = Start(remote: true);

        Assert.True(restarted.Readiness.IsReady);
        Assert.NotNull(await restarted.Index.GetAsync(RemoteSource.Dataset, CancellationToken.None));
        Assert.Equal(0, restarted.Parses);
        await restarted.SyncAsync();
        Assert.Equal(1, restarted.Parses);
    }

    [Fact]
    public async Task Restart_FileEdited_ParsedOnceForTheStartAndItsSyncThenLaterEditsSynced()
    {
        await using (var first = Start()) await first.SyncAsync();
        await AddDatasetAsync("lake.sales.added_before_restart");

        await using var restarted = Start();
        await restarted.SyncAsync();
        Assert.Equal(1, restarted.Parses);
        Assert.NotNull(await restarted.Index.GetAsync("lake.sales.added_before_restart", CancellationToken.None));

        await AddDatasetAsync("lake.sales.added_while_running");
        var report = await restarted.SyncAsync();

        Assert.Equal(2, restarted.Parses);
        Assert.Equal(1, report.Added);
        Assert.NotNull(await restarted.Index.GetAsync("lake.sales.added_while_running", CancellationToken.None));
        Assert.Equal($"file@{CatalogFile.ContentHashOf(file)}", restarted.Index.LastSync?.Text);
    }

    [Fact]
    public async Task Restart_FileBrokenSinceTheLastSync_StopsTheStartWithItsMessage()
    {
        await using (var first = Start()) await first.SyncAsync();
        var good = await File.ReadAllTextAsync(file);
        await File.AppendAllTextAsync(file, "  - {description: no name}\n");

        await using (var broken = Start(open: false))
        {
            var error = Assert.Throws<CatalogFileException>(() => broken.Services.GetRequiredService<ICatalogIndex>());
            Assert.Contains("has no name", error.Message, StringComparison.Ordinal);
        }

        await File.WriteAllTextAsync(file, good);
        await using var fixedAgain = Start();
        Assert.Equal(0, fixedAgain.Parses);
    }

    [Fact]
    public async Task Restart_AfterALayoutChange_WaitsForTheFirstSyncWithTheFileIndexed()
    {
        await using (var first = Start(remote: true)) await first.SyncAsync();
        using (var folder = FSDirectory.Open(Path.Combine(data, CatalogIndexRegistration.Folder)))
        using (var writer = new IndexWriter(folder, new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer())))
        {
            // What an older version left behind: another layout, with its own mark of a complete sync.
            var committed = new SegmentInfos();
            committed.Read(folder);
            var mark = committed.UserData["odp.sync"];
            writer.SetCommitData(new Dictionary<string, string> { ["odp.layout"] = "0", ["odp.sync"] = mark });
            writer.Commit();
        }

        await using var restarted = Start(remote: true);

        Assert.False(restarted.Readiness.IsReady);
        Assert.Equal(1, restarted.Parses);
        Assert.Null(await restarted.Index.GetAsync(RemoteSource.Dataset, CancellationToken.None));
        Assert.NotNull(await restarted.Index.GetAsync("lake.sales.orders", CancellationToken.None));
    }

    private Task AddDatasetAsync(string name) =>
        File.AppendAllTextAsync(file, $"  - {{name: {name}, description: Added., owners: [user:bob], domain: sales}}\n");

    /// <summary>The engine over the data folder and the catalog file, as a process starts it; opens the index unless told not to.</summary>
    private Engine Start(bool remote = false, bool open = true)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [DataDirectory.Setting] = data,
            [$"{CatalogOptions.Section}:File"] = file,
        }).Build();
        var log = new ListLogger<FileCatalogSource>();
        var services = new ServiceCollection().AddLogging().AddOdpEngine(configuration);
        services.AddSingleton<ILogger<FileCatalogSource>>(log);
        if (remote) services.AddSingleton<ICatalogSource, RemoteSource>();
        var engine = new Engine(services.BuildServiceProvider(), log);
        if (open) engine.Services.GetRequiredService<CatalogReadiness>();
        return engine;
    }

    private sealed class Engine(ServiceProvider services, ListLogger<FileCatalogSource> log) : IAsyncDisposable
    {
        public ServiceProvider Services => services;

        public ICatalogIndex Index => services.GetRequiredService<ICatalogIndex>();

        public CatalogReadiness Readiness => services.GetRequiredService<CatalogReadiness>();

        /// <summary>How many times this process parsed the catalog file (each parse is logged).</summary>
        public int Parses => log.Entries.Count(e => e.Message.StartsWith("Read the catalog file", StringComparison.Ordinal));

        private CatalogSync? sync;

        /// <summary>One run of the process's sync, as its sync worker runs it.</summary>
        public Task<SyncReport> SyncAsync() => (sync ??= new(
            services.GetServices<ICatalogSource>(), Index, TimeProvider.System, NullLogger<CatalogSync>.Instance,
            readiness: Readiness)).RunAsync(null, CancellationToken.None);

        public ValueTask DisposeAsync() => services.DisposeAsync();
    }

    /// <summary>A source outside OpenDataPlane (as OpenMetadata) with one dataset the file lacks.</summary>
    private sealed class RemoteSource : ICatalogSource, IScheduledCatalogSource
    {
        public const string Dataset = "lake.remote.only_there";

        public string Name => "remote";

        public TimeSpan SyncInterval => TimeSpan.FromHours(1);

        public async IAsyncEnumerable<Dataset> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            yield return new Dataset(Dataset, "Only in the remote source.", ["user:bob"], [], "sales", []);
            await Task.CompletedTask;
        }
    }
}
