using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Odp.Bot.Platforms.Slack;
using Odp.Bot.Platforms.Slack.Api;
using Odp.Bot.Tests.Fakes;
using Odp.Engine.Integrations.Http;
using Odp.Bot.Tests.Fakes.Slack;

namespace Odp.Bot.Tests.Platforms.Slack.Api;

/// <summary>The real <see cref="ISlackApi"/> from <c>AddSlackApi</c>, pointed at a <see cref="FakeSlackServer"/>, on fake time.</summary>
internal sealed class SlackApiHarness(FakeSlackServer slack, TimerWatchingTimeProvider time, ServiceProvider services) : IAsyncDisposable
{
    public const string Analyst = "U0ANALYST1";
    public const string Owner = "U0OWNER001";
    public const string Channel = "C0GENERAL1";

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public FakeSlackServer Slack => slack;

    public TimerWatchingTimeProvider Time => time;

    public ISlackApi Api { get; } = services.GetRequiredService<ISlackApi>();

    /// <summary>Started with Slack's resilience defaults, or sending each call at most <paramref name="maxAttempts"/> times.</summary>
    public static async Task<SlackApiHarness> StartAsync(int? maxAttempts = null)
    {
        var time = new TimerWatchingTimeProvider();
        var slack = await FakeSlackServer.StartNewAsync(time);
        slack.AddUser(Analyst, "ana", "ana@example.com", "Ana Lyst");
        slack.AddUser(Owner, "owen", "owen@example.com", "Owen Owner");
        slack.AddChannel(Channel);

        var settings = new Dictionary<string, string?>
        {
            [$"{SlackOptions.Section}:BotToken"] = slack.BotToken,
            [$"{SlackOptions.Section}:AppToken"] = slack.AppToken,
            [$"{SlackOptions.Section}:ApiUrl"] = slack.ApiUrl.TrimEnd('/'),
        };
        if (maxAttempts is { } n) settings[$"{Backends.Profile(Backends.Slack).Section}:MaxAttempts"] = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSlackApi(configuration);
        services.AddSingleton<TimeProvider>(time);
        return new SlackApiHarness(slack, time, services.BuildServiceProvider());
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await slack.DisposeAsync();
    }
}
