using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Odp.Engine.Access;
using Odp.Engine.Access.Drift;
using Odp.Engine.Catalog.Sync;
using Odp.Engine.Integrations.Trino.Discovery;
using Odp.Engine.Integrations.Trino.Sql;

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

    /// <summary>
    /// The enforcer and its drift check: the rules file (<see cref="FileRulesEnforcer"/>, the default), or with
    /// <c>Odp:Trino:Enforcement=sql</c> GRANT/REVOKE statements (<see cref="SqlGrantEnforcer"/>). The rules file
    /// enforcer is registered either way: <c>/odp why</c> reads its file.
    /// </summary>
    public static IServiceCollection AddTrinoEnforcement(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<FileRulesEnforcer>();
        var mode = configuration[$"{TrinoOptions.Section}:{nameof(TrinoOptions.Enforcement)}"];
        if (new TrinoOptions { Enforcement = mode ?? TrinoOptions.FileEnforcement }.UsesSqlEnforcement)
        {
            services.AddSingleton<LiveSqlGrants>();
            services.AddSingleton<SqlGrantEnforcer>();
            services.AddSingleton<IAccessEnforcer>(sp => sp.GetRequiredService<SqlGrantEnforcer>());
            services.AddSingleton<IGrantDriftCheck, SqlGrantDrift>();
        }
        else
        {
            services.AddSingleton<IAccessEnforcer>(sp => sp.GetRequiredService<FileRulesEnforcer>());
            services.AddSingleton<IGrantDriftCheck, FileRulesDrift>();
        }
        return services;
    }
}
