using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Odp.Engine.Catalog.Sync;

public static class CatalogSyncServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="CatalogSync"/> over the registered <see cref="ICatalogSource"/>s; the caller registers the
    /// <see cref="ICatalogIndex"/> it writes into (it is not part of the engine defaults).
    /// </summary>
    public static IServiceCollection AddCatalogSync(this IServiceCollection services)
    {
        services.TryAddSingleton<CatalogSync>();
        return services;
    }
}
