using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Odp.Engine.Catalog;
using Odp.Engine.Catalog.Index;
using Odp.Engine.Hosting;
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
    public async Task AddOdpEngine_Restart_SyncsTheIndexToTheFile()
    {
        await using (var first = Build(CatalogIndexRegistration.Lucene, RepoPaths.DemoCatalog))
        {
            await first.GetRequiredService<ICatalogIndex>()
                .UpsertAsync([new Dataset("lake.gone.stale", "", ["group:x"], [], "misc", [])], CancellationToken.None);
        }

        await using var second = Build(CatalogIndexRegistration.Lucene, RepoPaths.DemoCatalog);
        var names = await second.GetRequiredService<ICatalogIndex>().NamesAsync(CancellationToken.None);

        Assert.DoesNotContain("lake.gone.stale", names);
        Assert.Equal(FileCatalog.Load(RepoPaths.DemoCatalog).Datasets.Count, names.Count);
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
