using Odp.Bot.Conversation;
using Odp.Bot.Platforms.Slack.Api;
using Odp.Bot.Platforms.Slack.BlockKit;
using Odp.Bot.Platforms.Slack.Replays;
using Odp.Engine.Access;

namespace Odp.Bot.Platforms.Slack;

public static class SlackServiceCollectionExtensions
{
    /// <summary>
    /// The Slack adapter, when its settings turn it on (see <see cref="SlackOptions"/>): the Web API client, the
    /// outbound channel, the inbound handler and, with an app token, Socket Mode.
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
        services.AddSingleton(sp => new SlackReplays(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<SlackInbound>();
        services.AddSingleton<SlackSignatureFilter>();
        services.AddSingleton<SlackChannel>();
        services.AddSingleton<IChatChannel>(sp => sp.GetRequiredService<SlackChannel>());
        if (settings.SocketModeEnabled) services.AddHostedService<SocketMode.SlackSocketModeClient>();
        return services;
    }
}
