using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Odp.Bot.Platforms.Http;
using Odp.Engine.Integrations.Http;

namespace Odp.Bot.Platforms.Mattermost.Api;

/// <summary>Registers the Mattermost REST v4 client.</summary>
public static class MattermostApiServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="MattermostOptions"/> from <see cref="MattermostOptions.Section"/> and registers
    /// <see cref="IMattermostApi"/> as a typed <see cref="HttpClient"/> (<see cref="MattermostApiClient"/>) behind
    /// <see cref="MattermostAuthHandler"/> and Mattermost's <see cref="BackendResilienceHandler"/> (settings under
    /// <c>Odp:Resilience:Mattermost</c>).
    /// </summary>
    public static IServiceCollection AddMattermostApi(this IServiceCollection services, IConfiguration configuration)
    {
        const string key = MattermostApiClient.ServiceKey;
        services.AddOptions<MattermostOptions>().Bind(configuration.GetSection(MattermostOptions.Section));
        services.TryAddTransient<MattermostAuthHandler>();
        services.AddHttpApi<IMattermostApi>(
                key,
                sp => MattermostApiClient.BaseAddressOf(sp.GetRequiredService<IOptions<MattermostOptions>>().Value),
                (http, sp) => new MattermostApiClient(http, sp.GetRequiredService<ILogger<MattermostApiClient>>()))
            .AddHttpMessageHandler<MattermostAuthHandler>()
            .AddBackendResilience(Backends.Mattermost, configuration);
        return services;
    }
}
