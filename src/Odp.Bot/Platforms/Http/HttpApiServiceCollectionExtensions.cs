using Microsoft.Extensions.DependencyInjection;

namespace Odp.Bot.Platforms.Http;

/// <summary>The registration every platform API client shares.</summary>
public static class HttpApiServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TClient"/> as a typed client over the named <see cref="HttpClient"/>
    /// <paramref name="key"/>, its base address from <paramref name="baseAddress"/>. Add the auth handler, then the
    /// backend's resilience (<c>AddBackendResilience</c>), to the returned builder.
    /// </summary>
    public static IHttpClientBuilder AddHttpApi<TClient>(
        this IServiceCollection services, string key, Func<IServiceProvider, Uri> baseAddress, Func<HttpClient, IServiceProvider, TClient> create)
        where TClient : class =>
        services.AddHttpClient(key, (sp, http) => http.BaseAddress = baseAddress(sp)).AddTypedClient(create);
}
