using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Odp.Bot.Platforms.Mattermost;
using Odp.Bot.Platforms.Mattermost.Api;
using Odp.Bot.Tests.Fakes;
using Odp.Engine.Integrations.Http;
using Odp.Bot.Tests.Fakes.Mattermost;

namespace Odp.Bot.Tests.Platforms.Mattermost.Api;

/// <summary>The real <see cref="IMattermostApi"/> from <c>AddMattermostApi</c>, pointed at a <see cref="FakeMattermostServer"/>, on fake time.</summary>
internal sealed class MattermostApiHarness(FakeMattermostServer mattermost, TimerWatchingTimeProvider time, ServiceProvider services) : IAsyncDisposable
{
    public const string Analyst = "useranalyst000000000000001";
    public const string Owner = "userowner00000000000000001";
    public const string Channel = "chantown000000000000000001";
    public const string Team = "teamodp0000000000000000001";

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public FakeMattermostServer Mattermost => mattermost;

    public TimerWatchingTimeProvider Time => time;

    public IMattermostApi Api { get; } = services.GetRequiredService<IMattermostApi>();

    /// <summary>Started with Mattermost's resilience defaults, or sending each call at most <paramref name="maxAttempts"/> times.</summary>
    public static async Task<MattermostApiHarness> StartAsync(int? maxAttempts = null)
    {
        var time = new TimerWatchingTimeProvider();
        var mattermost = await FakeMattermostServer.StartNewAsync(time);
        mattermost.AddUser(Analyst, "ana", "ana@example.com");
        mattermost.AddUser(Owner, "owen", "owen@example.com");
        mattermost.AddChannel(Channel);

        var settings = new Dictionary<string, string?>
        {
            [$"{MattermostOptions.Section}:Url"] = mattermost.Url,
            [$"{MattermostOptions.Section}:BotToken"] = mattermost.BotToken,
        };
        if (maxAttempts is { } n) settings[$"{Backends.Profile(Backends.Mattermost).Section}:MaxAttempts"] = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddMattermostApi(configuration);
        services.AddSingleton<TimeProvider>(time);
        return new MattermostApiHarness(mattermost, time, services.BuildServiceProvider());
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await mattermost.DisposeAsync();
    }
}
