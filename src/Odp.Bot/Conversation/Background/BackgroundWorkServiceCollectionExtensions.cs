namespace Odp.Bot.Conversation.Background;

public static class BackgroundWorkServiceCollectionExtensions
{
    /// <summary>The bounded queue of work finished after a platform's ack, configured from <c>Odp:Conversation:Background</c>.</summary>
    public static IServiceCollection AddBackgroundWork(this IServiceCollection services)
    {
        const string section = BackgroundWorkOptions.Section;
        services.AddOptions<BackgroundWorkOptions>().BindConfiguration(section)
            .Validate(o => o.MaxRunning is >= 1 and <= BackgroundWorkOptions.MaxRunningLimit,
                $"{section}:MaxRunning must be from 1 to {BackgroundWorkOptions.MaxRunningLimit}.")
            .Validate(o => o.MaxQueued is >= 0 and <= BackgroundWorkOptions.MaxQueuedLimit,
                $"{section}:MaxQueued must be from 0 to {BackgroundWorkOptions.MaxQueuedLimit:N0}.")
            .ValidateOnStart();
        services.AddSingleton<BackgroundWork>();
        services.AddHostedService(sp => sp.GetRequiredService<BackgroundWork>());
        return services;
    }
}
