using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Odp.Engine.Catalog;
using Odp.Engine.Catalog.Sync;
using Odp.Engine.Integrations.OpenMetadata;
using Odp.Engine.Tests.Fakes;

namespace Odp.Engine.Tests.Integrations.OpenMetadata;

public sealed class OpenMetadataRegistrationTests
{
    [Fact]
    public void AddOdpEngine_UrlAndToken_StacksOpenMetadataAfterTheFileAndProvidesLineage()
    {
        using var services = Build(new() { ["Odp:OpenMetadata:Url"] = "http://om.test:8585", ["Odp:OpenMetadata:Token"] = "t" });

        Assert.Equal(["file", "openmetadata"], services.GetServices<ICatalogSource>().Select(s => s.Name));
        Assert.IsType<OpenMetadataLineage>(services.GetRequiredService<IDatasetLineage>());
    }

    [Fact]
    public void AddOdpEngine_NoToken_FileOnlyAndNoLineage()
    {
        using var services = Build(new() { ["Odp:OpenMetadata:Url"] = "http://om.test:8585" });

        Assert.Equal(["file"], services.GetServices<ICatalogSource>().Select(s => s.Name));
        Assert.IsType<NoDatasetLineage>(services.GetRequiredService<IDatasetLineage>());
    }

    [Fact]
    public void AddOdpWorkers_IndexRegistered_AddsTheSyncWorker()
    {
        var services = Register(new(), index: true);

        Assert.Contains(services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(CatalogSyncWorker));
        using var provider = services.BuildServiceProvider();
        Assert.NotNull(provider.GetRequiredService<CatalogSync>());
    }

    [Fact]
    public void AddOdpWorkers_InMemoryCatalogWithoutIndex_NoSyncWorker()
    {
        var services = Register(new() { ["Odp:Catalog:Index"] = "memory" });

        Assert.DoesNotContain(services, d => d.ImplementationType == typeof(CatalogSyncWorker));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings) => EngineServices.Register(settings).BuildServiceProvider();

    private static ServiceCollection Register(Dictionary<string, string?> settings, bool index = false) => EngineServices.Register(settings, index);
}
