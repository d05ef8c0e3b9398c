using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Odp.Engine.Integrations.Ldap;
using Odp.Engine.Integrations.Trino;

namespace Odp.Engine.Hosting.Health;

/// <summary>
/// The engine's readiness checks, each tagged <see cref="Tag"/> and bounded by <see cref="Timeout"/>: the catalog
/// (loaded), the store (answers), and when configured LDAP (the service account reads the base DN) and Trino (when a
/// feature queries it: preview, verification, discovery or SQL grants). The host adds its own (chat platforms).
/// </summary>
public static class ReadinessChecks
{
    /// <summary>The tag of every check <c>/healthz/ready</c> runs.</summary>
    public const string Tag = "ready";

    /// <summary>How long one check may take before it counts as not answering.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public static IHealthChecksBuilder AddEngineReadiness(this IHealthChecksBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddCheck<CatalogReadyCheck>(CatalogReadyCheck.Name, tags: [Tag], timeout: Timeout);
        builder.AddCheck<StoreReadyCheck>(StoreReadyCheck.Name, tags: [Tag], timeout: Timeout);
        if (builder.Services.Any(d => d.ServiceType == typeof(LdapDirectory)))
            builder.AddCheck<LdapReadyCheck>(LdapReadyCheck.Name, tags: [Tag], timeout: Timeout);
        if (TrinoReadyCheck.IsNeeded(configuration.GetSection(TrinoOptions.Section).Get<TrinoOptions>() ?? new TrinoOptions()))
            builder.AddCheck<TrinoReadyCheck>(TrinoReadyCheck.Name, tags: [Tag], timeout: Timeout);
        return builder;
    }
}
