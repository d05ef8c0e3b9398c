using Microsoft.Extensions.Options;
using Odp.Bot.Conversation;
using Odp.Bot.Platforms.Mattermost.Api;
using Odp.Bot.Platforms.Mattermost.Attachments;
using Odp.Engine.Access;

namespace Odp.Bot.Platforms.Mattermost;

public static class MattermostServiceCollectionExtensions
{
    /// <summary>The Mattermost adapter when <see cref="MattermostOptions.Enabled"/>.</summary>
    public static IServiceCollection AddMattermost(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(MattermostOptions.Section).Get<MattermostOptions>() ?? new MattermostOptions();
        if (!settings.Enabled) return services;
        const string s = MattermostOptions.Section;
        // Bound once, by AddMattermostApi: a second Bind would append every list setting (Teams, CommandTokens) again.
        services.AddOptions<MattermostOptions>()
            .Validate(o => Uri.TryCreate(o.Url, UriKind.Absolute, out _), $"{s}:Url must be an absolute URL like https://chat.example.com.")
            .Validate(o => Uri.TryCreate(o.PublicUrl, UriKind.Absolute, out _),
                $"{s}:PublicUrl must be the absolute URL where Mattermost reaches the bot, like https://odp.example.com.")
            .Validate(o => o.ActionSecret.Length >= 16, $"{s}:ActionSecret must be set to a random string of at least 16 characters.")
            .Validate(o => o.CommandTokens.Count > 0 || (o.RegisterCommand && o.Teams.Count > 0),
                $"{s}:CommandTokens needs the /odp command's token for each team, or set {s}:RegisterCommand=true with {s}:Teams.")
            .Validate(o => DurationText.TryParse(o.UserCacheTtl, out _), $"{s}:UserCacheTtl must be a duration like 10m.")
            .ValidateOnStart();
        services.AddMattermostApi(configuration);
        services.AddSingleton(sp => new ActionSigner(sp.GetRequiredService<IOptions<MattermostOptions>>().Value.ActionSecret));
        services.AddSingleton(sp => new MattermostAttachmentRenderer(
            sp.GetRequiredService<ActionSigner>(),
            sp.GetRequiredService<IOptions<MattermostOptions>>().Value.PublicUrl.TrimEnd('/') + MattermostEndpoints.ActionsPath));
        services.AddSingleton<MattermostReplies>();
        services.AddSingleton<MattermostIdentity>();
        services.AddSingleton<MattermostInbound>();
        services.AddSingleton<MattermostCommandTokens>();
        services.AddHostedService<MattermostCommandRegistration>();
        services.AddSingleton<MattermostChannel>();
        services.AddSingleton<IChatChannel>(sp => sp.GetRequiredService<MattermostChannel>());
        return services;
    }
}
