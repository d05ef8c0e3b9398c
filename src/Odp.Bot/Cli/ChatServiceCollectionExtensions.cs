using Odp.Engine.Access;

namespace Odp.Bot.Cli;

public static class ChatServiceCollectionExtensions
{
    /// <summary>The local chat's settings (<c>Odp:Chat</c>), checked at start.</summary>
    public static IServiceCollection AddChatOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ChatOptions>().Bind(configuration.GetSection(ChatOptions.Section))
            .Validate(o => DurationText.TryParse(o.DrainTimeout, out var d) && d > TimeSpan.Zero, $"{ChatOptions.Section}:DrainTimeout must be a duration like 60s.")
            .Validate(o => DurationText.TryParse(o.CatalogTimeout, out var d) && d > TimeSpan.Zero, $"{ChatOptions.Section}:CatalogTimeout must be a duration like 2m.")
            .ValidateOnStart();
        return services;
    }
}
