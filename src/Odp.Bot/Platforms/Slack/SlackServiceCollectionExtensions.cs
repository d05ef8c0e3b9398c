using Odp.Bot.Conversation;
using Odp.Bot.Platforms.Slack.Api;
using Odp.Bot.Platforms.Slack.BlockKit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Odp.Engine.Access;
using Odp.Engine.Storage.Deliveries;

namespace Odp.Bot.Platforms.Slack;

public static class SlackServiceCollectionExtensions
{
    /// <summary>
    /// The Slack adapter, when its settings turn it on (see <see cref="SlackOptions"/>): the Web API client, the
    /// outbound channel, the inbound handler and, with an app token, Socket Mode. Deliveries that act are admitted by
    /// the registered <see cref="IDeliveryLog"/>, or by one in this process (<see cref="MemoryDeliveryLog"/>) if none is.
    /// </summary>
    public static IServiceCollection AddSlack(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(SlackOptions.Section).Get<SlackOptions>() ?? new SlackOptions();
        if (!settings.Enabled) return services;
        // Bound once, by AddSlackApi: binding twice would append list settings again.
        services.AddOptions<SlackOptions>()
            .Validate(o => Uri.TryCreate(o.ApiUrl, UriKind.Absolute, out _), $"{SlackOptions.Section}:ApiUrl must be an absolute URL like https://slack.com/api/.")
            .Validate(o => DurationText.TryParse(o.UserCacheTtl, out _), $"{SlackOptions.Section}:UserCacheTtl must be a duration like 10m.")
            .Validate(o => o.TeamChannels.Values.All(c => !string.IsNullOrWhiteSpace(c)), $"{SlackOptions.Section}:TeamChannels has a team with no channel id.")
            .ValidateOnStart();
        services.AddSlackApi(configuration);
        services.AddSingleton<SlackBlockKitRenderer>();
        services.AddSingleton<SlackReplies>();
        services.AddSingleton<SlackIdentity>();
        services.TryAddSingleton<IDeliveryLog, MemoryDeliveryLog>(); // PostgreSQL's, shared by replicas, when registered first
        services.AddSingleton<SlackInbound>();
        services.AddSingleton<SlackSignatureFilter>();
        services.AddSingleton<SlackChannel>();
        services.AddSingleton<IChatChannel>(sp => sp.GetRequiredService<SlackChannel>());
        if (settings.SocketModeEnabled) services.AddHostedService<SocketMode.SlackSocketModeClient>();
        return services;
    }
}
