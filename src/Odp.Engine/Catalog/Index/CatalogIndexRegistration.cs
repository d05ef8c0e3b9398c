using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Odp.Engine.Catalog.Sync;
using Odp.Engine.Hosting;

namespace Odp.Engine.Catalog.Index;

/// <summary>
/// Registers the catalog. By default (<c>Odp:Catalog:Index</c> unset or <c>lucene</c>) searches go through the Lucene
/// index in <c>&lt;data&gt;/catalog-index/</c>, which is also the <see cref="ICatalogIndex"/> that syncs write into;
/// an empty index gets the YAML file at start, and an edited file is validated (see <see cref="CatalogFileSync"/>). <c>memory</c> keeps the
/// YAML catalog in memory (<see cref="FileCatalog"/>) and registers no <see cref="ICatalogIndex"/>.
/// </summary>
internal static class CatalogIndexRegistration
{
    public const string Setting = $"{CatalogOptions.Section}:Index";
    public const string Lucene = "lucene";
    public const string Memory = "memory";
    public const string Folder = "catalog-index";

    public static void AddCatalog(IServiceCollection services, IConfiguration configuration)
    {
        var kind = configuration[Setting] is { Length: > 0 } value ? value.Trim().ToLowerInvariant() : Lucene;
        switch (kind)
        {
            case Memory:
                services.AddSingleton<ICatalog>(sp => FileCatalog.Load(sp.GetRequiredService<IOptions<CatalogOptions>>().Value.File));
                return;
            case Lucene:
                services.AddSingleton(sp =>
                {
                    var index = LuceneCatalogIndex.Open(sp.GetRequiredService<DataDirectory>().Combine(Folder));
                    try
                    {
                        CatalogFileSync.Run(index, sp.GetRequiredService<FileCatalogSource>());
                    }
                    catch
                    {
                        // A bad file stops the start: the index's folder is not left locked behind it.
                        index.Dispose();
                        throw;
                    }
                    return index;
                });
                services.AddSingleton<ICatalogIndex>(sp => sp.GetRequiredService<LuceneCatalogIndex>());
                services.AddSingleton<ICatalog>(sp => sp.GetRequiredService<LuceneCatalogIndex>());
                return;
            default:
                throw new InvalidOperationException($"{Setting} must be '{Lucene}' (the default) or '{Memory}', not '{kind}'.");
        }
    }
}
