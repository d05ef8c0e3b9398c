using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Odp.Bot.Platforms.Http;

namespace Odp.Bot.Platforms.Slack.Api;

/// <summary>Registers the Slack Web API client.</summary>
public static class SlackApiServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="SlackOptions"/> from <see cref="SlackOptions.Section"/> and registers <see cref="ISlackApi"/> as a
    /// typed <see cref="HttpClient"/> (<see cref="SlackApiClient"/>) behind <see cref="SlackAuthHandler"/>, plus — keyed
    /// by <see cref="SlackApiClient.ServiceKey"/> — a singleton <see cref="RateLimitGate"/> and a default
    /// <see cref="HttpApiPolicy"/>, and <see cref="TimeProvider.System"/>, unless those are already registered.
    /// </summary>
    public static IServiceCollection AddSlackApi(this IServiceCollection services, IConfiguration configuration)
    {
        const string key = SlackApiClient.ServiceKey;
        services.AddOptions<SlackOptions>().Bind(configuration.GetSection(SlackOptions.Section));
        services.TryAddTransient<SlackAuthHandler>();
        services.AddHttpApi<ISlackApi>(
                key,
                sp => SlackApiClient.BaseAddressOf(sp.GetRequiredService<IOptions<SlackOptions>>().Value),
                (http, sp) => new SlackApiClient(
                    http,
                    sp.GetRequiredKeyedService<RateLimitGate>(key),
                    sp.GetRequiredKeyedService<HttpApiPolicy>(key),
                    sp.GetRequiredService<ILogger<SlackApiClient>>()))
            .AddHttpMessageHandler<SlackAuthHandler>();
        return services;
    }
}
