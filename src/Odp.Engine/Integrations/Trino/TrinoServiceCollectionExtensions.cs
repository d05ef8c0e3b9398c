using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Odp.Engine.Access;
using Odp.Engine.Catalog.Sync;
using Odp.Engine.Integrations.Trino.Discovery;

namespace Odp.Engine.Integrations.Trino;

public static class TrinoServiceCollectionExtensions
{
    public const string DiscoverSetting = TrinoOptions.Section + ":" + nameof(TrinoOptions.Discover);

    /// <summary>
    /// With <c>Odp:Trino:Discover=true</c>, Trino's tables become a catalog source, stacked after the sources already
    /// registered (the file) and before OpenMetadata. Also checks the discovery and enforcement settings at start.
    /// </summary>
    public static IServiceCollection AddTrinoDiscovery(this IServiceCollection services, IConfiguration configuration)
    {
        const string section = TrinoOptions.Section;
        services.AddOptions<TrinoOptions>()
            .Validate(o => o.Enforcement.Trim().ToLowerInvariant() is TrinoOptions.FileEnforcement or TrinoOptions.SqlEnforcement,
                $"{section}:Enforcement must be '{TrinoOptions.FileEnforcement}' (the rules file, the default) or '{TrinoOptions.SqlEnforcement}' (GRANT/REVOKE).")
            .Validate(o => DurationText.TryParse(o.DiscoverInterval, out var d) && d > TimeSpan.Zero,
                $"{section}:DiscoverInterval must be a duration like 1h or 30m.")
            .Validate(o => !(o.Discover || o.UsesSqlEnforcement) || !string.IsNullOrWhiteSpace(o.User),
                $"{section}:User must be set when {section}:Discover is true or {section}:Enforcement is sql: OpenDataPlane reads metadata and grants as that account.");

        services.AddSingleton<TrinoCatalogs>();
        if (configuration.GetValue<bool>(DiscoverSetting)) services.AddSingleton<ICatalogSource, TrinoCatalogSource>();
        return services;
    }
}
