using Microsoft.Extensions.Configuration;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Odp.Engine.Catalog;
using Odp.Engine.Catalog.Index;
using Odp.Engine.Catalog.Sync;
using Odp.Engine.Hosting;
using Odp.Engine.Integrations.OpenMetadata;
using Odp.Engine.Tests.Fakes;

namespace Odp.Engine.Tests.Catalog.Index;

public sealed class CatalogIndexRegistrationTests : IDisposable
{
    private readonly string data = Path.Combine(Path.GetTempPath(), "odp-index-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (System.IO.Directory.Exists(data)) System.IO.Directory.Delete(data, recursive: true);
    }

    private ServiceProvider Build(string? index, string catalogFile)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [DataDirectory.Setting] = data,
            [$"{CatalogOptions.Section}:File"] = catalogFile,
            [CatalogIndexRegistration.Setting] = index,
        }).Build();
        return new ServiceCollection().AddLogging().AddOdpEngine(configuration).BuildServiceProvider();
    }

    [Fact]
    public async Task AddOdpEngine_Default_SearchesTheFileThroughTheIndex()
    {
        await using var services = Build(null, RepoPaths.DemoCatalog);

        var catalog = services.GetRequiredService<ICatalog>();

        Assert.IsType<LuceneCatalogIndex>(catalog);
        Assert.Same(catalog, services.GetRequiredService<ICatalogIndex>());
        var result = await catalog.SearchAsync(SearchQueryParser.Parse("churn"), CancellationToken.None);
        Assert.Contains(result.Hits, h => h.Dataset.Name.EndsWith("customer_churn", StringComparison.Ordinal));
        Assert.True(System.IO.Directory.Exists(Path.Combine(data, CatalogIndexRegistration.Folder)));
    }

    [Fact]
    public async Task SyncWorker_FirstRunAfterTheIndexOpened_DoesNotIndexTheFileAgain()
    {
        await using var services = Build(CatalogIndexRegistration.Lucene, RepoPaths.DemoCatalog);
        var index = services.GetRequiredService<ICatalogIndex>();
        var fileCount = FileCatalog.Load(RepoPaths.DemoCatalog).Datasets.Count;
        var commitAtOpen = LastCommit();

        await RunSyncWorkerAsync(services);

        Assert.Equal(commitAtOpen, LastCommit());
        Assert.Equal((fileCount, fileCount), OnDisk());
        Assert.NotEmpty((await index.SearchAsync(SearchQueryParser.Parse("churn"), CancellationToken.None)).Hits);
    }

    [Fact]
    public async Task SyncWorker_FirstRunAfterRestart_RemovesWhatNoSourceHasAndRewritesNothingElse()
    {
        await using (var first = Build(CatalogIndexRegistration.Lucene, RepoPaths.DemoCatalog))
        {
            await first.GetRequiredService<ICatalogIndex>()
                .UpsertAsync([new Dataset("lake.gone.stale", "", ["group:x"], [], "misc", [])], CancellationToken.None);
        }

        await using var second = Build(CatalogIndexRegistration.Lucene, RepoPaths.DemoCatalog);
        var index = second.GetRequiredService<ICatalogIndex>();
        Assert.Contains("lake.gone.stale", await index.NamesAsync(CancellationToken.None));

        await RunSyncWorkerAsync(second);

        var fileCount = FileCatalog.Load(RepoPaths.DemoCatalog).Datasets.Count;
        Assert.DoesNotContain("lake.gone.stale", await index.NamesAsync(CancellationToken.None));
        Assert.Equal(fileCount, (await index.NamesAsync(CancellationToken.None)).Count);
        var (written, live) = OnDisk();
        Assert.Equal(fileCount, live);
        Assert.True(written <= fileCount + 1, $"{written} documents written for {fileCount} datasets and one removal");
    }

    /// <summary>Runs the sync worker the bot runs over the registered sources and index (no scheduled source: one sync, then it stops).</summary>
    private static async Task RunSyncWorkerAsync(ServiceProvider services)
    {
        var sync = new CatalogSync(services.GetServices<ICatalogSource>(), services.GetRequiredService<ICatalogIndex>(),
            TimeProvider.System, NullLogger<CatalogSync>.Instance);
        using var worker = new CatalogSyncWorker(sync, services.GetServices<ICatalogSource>(),
            TimeProvider.System, NullLogger<CatalogSyncWorker>.Instance);
        await worker.StartAsync(CancellationToken.None);
        await worker.ExecuteTask!;
    }

    /// <summary>The generation of the last commit on disk: it only moves when the index was written to.</summary>
    private long LastCommit()
    {
        using var folder = FSDirectory.Open(Path.Combine(data, CatalogIndexRegistration.Folder));
        return SegmentInfos.GetLastCommitGeneration(folder);
    }

    /// <summary>Documents in the last commit: (every document written and not merged away, the live ones).</summary>
    private (int Written, int Live) OnDisk()
    {
        using var folder = FSDirectory.Open(Path.Combine(data, CatalogIndexRegistration.Folder));
        using var reader = DirectoryReader.Open(folder);
        return (reader.MaxDoc, reader.NumDocs);
    }

    [Fact]
    public async Task AddOdpEngine_Memory_KeepsTheFileCatalogAndNoIndex()
    {
        await using var services = Build(CatalogIndexRegistration.Memory, RepoPaths.DemoCatalog);

        Assert.IsType<FileCatalog>(services.GetRequiredService<ICatalog>());
        Assert.Null(services.GetService<ICatalogIndex>());
    }

    [Fact]
    public void AddOdpEngine_UnknownIndexKind_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build("elastic", RepoPaths.DemoCatalog));

        Assert.Contains(CatalogIndexRegistration.Setting, error.Message);
    }
}
