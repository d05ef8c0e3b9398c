using Odp.Bot.Cards;
using Odp.Bot.Cards.Terminal;
using Odp.Bot.Conversation;
using Odp.Bot.Conversation.Background;
using Odp.Bot.Conversation.Handlers;
using Odp.Bot.Conversation.Notifications;
using Odp.Bot.Conversation.Views;
using Odp.Engine.Access;
using Odp.Engine.Notifications;

namespace Odp.Bot.Hosting;

public static class BotServiceCollectionExtensions
{
    /// <summary>The conversation layer: cards, the command dispatcher and the notifier that fans out to chat platforms.</summary>
    public static IServiceCollection AddOdpConversation(this IServiceCollection services)
    {
        services.AddSingleton(_ => CardFactory.FromAppDirectory());
        services.AddSingleton<TerminalCardRenderer>();
        services.AddSingleton<ReplyCards>();
        services.AddSingleton<CatalogCommands>();
        services.AddSingleton<PreviewCommands>();
        services.AddSingleton<AccessCommands>();
        services.AddSingleton<TicketCommands>();
        services.AddSingleton<WorkspaceCommands>();
        services.AddSingleton<WhyCommands>();
        services.AddSingleton<CommandDispatcher>();
        services.AddSingleton<INotifier, ChatNotifier>();
        services.AddBackgroundWork();
        services.AddSingleton<ConversationInbound>();
        services.AddOptions<AnswerCacheOptions>().BindConfiguration(AnswerCacheOptions.Section)
            .Validate(o => o.Size >= 0, $"{AnswerCacheOptions.Section}:Size must be 0 (off) or more.")
            .Validate(o => o.MaxBytes >= 0, $"{AnswerCacheOptions.Section}:MaxBytes must be 0 (off) or more.")
            .Validate(o => DurationText.TryParse(o.Ttl, out _), $"{AnswerCacheOptions.Section}:Ttl must be a duration like 1m.")
            .ValidateOnStart();
        services.AddSingleton(typeof(AnswerCache<>));
        return services;
    }
}
