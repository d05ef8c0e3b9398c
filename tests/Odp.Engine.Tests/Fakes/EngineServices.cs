using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Odp.Engine.Catalog;
using Odp.Engine.Hosting;
using Odp.Engine.Tests.Catalog.Sync;

namespace Odp.Engine.Tests.Fakes;

/// <summary>The engine and its workers registered from settings over the demo files and a fresh data folder (registration tests).</summary>
internal static class EngineServices
{
    /// <param name="index">Registers an in-memory catalog index, as a host with an index would.</param>
    public static ServiceCollection Register(Dictionary<string, string?> settings, bool index = false)
    {
        settings["Odp:Catalog:File"] = RepoPaths.DemoCatalog;
        settings["Odp:Directory:File"] = RepoPaths.DemoDirectory;
        settings[DataDirectory.Setting] = Path.Combine(Path.GetTempPath(), "odp-reg-" + Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging().AddOdpEngine(configuration);
        if (index) services.AddSingleton<ICatalogIndex, InMemoryCatalogIndex>();
        services.AddOdpWorkers();
        return services;
    }
}
