using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Odp.Bot.Platforms.Http;
using Odp.Engine.Integrations.Http;

namespace Odp.Bot.Platforms.Slack.Api;

/// <summary>Registers the Slack Web API client.</summary>
public static class SlackApiServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="SlackOptions"/> from <see cref="SlackOptions.Section"/> and registers <see cref="ISlackApi"/> as a
    /// typed <see cref="HttpClient"/> (<see cref="SlackApiClient"/>) behind <see cref="SlackAuthHandler"/> and Slack's
    /// <see cref="BackendResilienceHandler"/> (settings under <c>Odp:Resilience:Slack</c>).
    /// </summary>
    public static IServiceCollection AddSlackApi(this IServiceCollection services, IConfiguration configuration)
    {
        const string key = SlackApiClient.ServiceKey;
        services.AddOptions<SlackOptions>().Bind(configuration.GetSection(SlackOptions.Section));
        services.TryAddTransient<SlackAuthHandler>();
        services.AddHttpApi<ISlackApi>(
                key,
                sp => SlackApiClient.BaseAddressOf(sp.GetRequiredService<IOptions<SlackOptions>>().Value),
                (http, sp) => new SlackApiClient(http, sp.GetRequiredService<ILogger<SlackApiClient>>()))
            .AddHttpMessageHandler<SlackAuthHandler>()
            .AddBackendResilience(Backends.Slack, configuration);
        return services;
    }
}
