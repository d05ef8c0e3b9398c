using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Odp.Engine.Integrations.Http;

/// <summary>Puts an HTTP client behind <see cref="BackendResilienceHandler"/>, with its backend's settings.</summary>
public static class BackendResilienceServiceCollectionExtensions
{
    /// <summary>
    /// Adds <paramref name="backend"/>'s <see cref="BackendResilienceHandler"/> as the client's innermost handler (so
    /// auth handlers run once per call) and turns off <see cref="HttpClient.Timeout"/>, as the handler bounds each send
    /// and the whole call; see <see cref="AddBackendResilience(IServiceCollection, string, IConfiguration, Action{BackendResilienceOptions}?)"/>.
    /// </summary>
    public static IHttpClientBuilder AddBackendResilience(
        this IHttpClientBuilder builder, string backend, IConfiguration configuration, Action<BackendResilienceOptions>? defaults = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddBackendResilience(backend, configuration, defaults);
        return builder
            .ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler(sp => sp.GetRequiredService<BackendResilience>().CreateHandler(backend));
    }

    /// <summary>
    /// Registers <paramref name="backend"/>'s settings — its defaults (<see cref="Backends"/>), then
    /// <paramref name="defaults"/> (an older setting it honours), then <c>Odp:Resilience:&lt;Backend&gt;</c> — validated
    /// at start, and, once, <see cref="BackendResilience"/>, <see cref="BackendCallMetrics"/> and
    /// <see cref="TimeProvider.System"/> unless registered. For clients that take a handler themselves, like the
    /// Kubernetes client: <c>sp.GetRequiredService&lt;BackendResilience&gt;().CreateHandler(backend)</c>.
    /// </summary>
    public static IServiceCollection AddBackendResilience(
        this IServiceCollection services, string backend, IConfiguration configuration, Action<BackendResilienceOptions>? defaults = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var profile = Backends.Profile(backend);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => sp.GetService<IMeterFactory>() is { } meters ? new BackendCallMetrics(meters) : BackendCallMetrics.Shared);
        services.TryAddSingleton(sp => new BackendResilience(
            sp.GetRequiredService<IOptionsMonitor<BackendResilienceOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<BackendCallMetrics>(),
            sp.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BackendResilienceOptions>, BackendResilienceOptionsValidator>());
        services.AddOptions<BackendResilienceOptions>(profile.Key)
            .Configure(o =>
            {
                o.CopyFrom(profile.Defaults);
                defaults?.Invoke(o);
            })
            .Bind(configuration.GetSection(profile.Section))
            .ValidateOnStart();
        return services;
    }
}
