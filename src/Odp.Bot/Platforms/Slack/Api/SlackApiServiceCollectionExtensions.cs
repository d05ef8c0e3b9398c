using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Odp.Bot.Platforms.Slack.Api;

/// <summary>Registers the Slack Web API client.</summary>
public static class SlackApiServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="SlackOptions"/> from <see cref="SlackOptions.Section"/> and registers <see cref="ISlackApi"/> as a
    /// typed <see cref="HttpClient"/> (<see cref="SlackApiClient"/>) behind <see cref="SlackAuthHandler"/>, plus a
    /// singleton <see cref="SlackRateLimitGate"/>, a default <see cref="SlackApiPolicy"/> and <see cref="TimeProvider.System"/>
    /// unless those are already registered.
    /// </summary>
    public static IServiceCollection AddSlackApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SlackOptions>().Bind(configuration.GetSection(SlackOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new SlackApiPolicy());
        services.TryAddSingleton(sp => new SlackRateLimitGate(sp.GetRequiredService<TimeProvider>()));
        services.TryAddTransient<SlackAuthHandler>();
        services.AddHttpClient<ISlackApi, SlackApiClient>((sp, http) =>
            {
                http.BaseAddress = SlackApiClient.BaseAddressOf(sp.GetRequiredService<IOptions<SlackOptions>>().Value);
                http.Timeout = sp.GetRequiredService<SlackApiPolicy>().RequestTimeout;
            })
            .AddHttpMessageHandler<SlackAuthHandler>();
        return services;
    }
}
