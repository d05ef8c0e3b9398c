using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Odp.Bot.Platforms.Http;

/// <summary>The registration every platform API client shares.</summary>
public static class HttpApiServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TClient"/> as a typed client over the named <see cref="HttpClient"/>
    /// <paramref name="key"/> (base address from <paramref name="baseAddress"/>, timeout from the policy), plus — keyed
    /// by <paramref name="key"/>, unless already registered — a default <see cref="HttpApiPolicy"/> and a singleton
    /// <see cref="RateLimitGate"/>, and <see cref="TimeProvider.System"/>. Add the auth handler to the returned builder.
    /// </summary>
    public static IHttpClientBuilder AddHttpApi<TClient>(
        this IServiceCollection services, string key, Func<IServiceProvider, Uri> baseAddress, Func<HttpClient, IServiceProvider, TClient> create)
        where TClient : class
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddKeyedSingleton(key, static (_, _) => new HttpApiPolicy());
        services.TryAddKeyedSingleton(key, static (sp, _) => new RateLimitGate(sp.GetRequiredService<TimeProvider>()));
        return services.AddHttpClient(key, (sp, http) =>
            {
                http.BaseAddress = baseAddress(sp);
                http.Timeout = sp.GetRequiredKeyedService<HttpApiPolicy>(key).RequestTimeout;
            })
            .AddTypedClient(create);
    }
}
