using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Odp.Engine.Access;

namespace Odp.Engine.Catalog.Finding;

public static class FindingServiceCollectionExtensions
{
    /// <summary>The search and show use cases with their gate, configured from <c>Odp:Catalog:Search</c>.</summary>
    public static IServiceCollection AddCatalogFinding(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchOptions>().Bind(configuration.GetSection(SearchOptions.Section))
            .Validate(o => DurationText.TryParse(o.Timeout, out var t) && t > TimeSpan.Zero && t <= TimeSpan.FromMinutes(1),
                $"{SearchOptions.Section}:Timeout must be a duration from 1s to 1m, like 2s.")
            .Validate(o => o.Concurrency is >= 0 and <= 256, $"{SearchOptions.Section}:Concurrency must be from 0 (one per processor) to 256.")
            .ValidateOnStart();
        services.AddSingleton<SearchGate>();
        services.AddSingleton<FindDatasets>();
        return services;
    }
}
