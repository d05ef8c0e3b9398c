using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Odp.Bot.Conversation.Background;
using Odp.Bot.Platforms.Mattermost;
using Odp.Bot.Tests.Fakes;
using Odp.Bot.Tests.Fakes.Mattermost;
using Odp.Engine.Directory;
using Odp.Engine.Tests.Fakes;

namespace Odp.Bot.Tests.Platforms.Mattermost;

/// <summary>
/// With the work finished after the ack full (one running, held by a slow directory, none waiting), a Mattermost
/// command that would be answered later is answered busy at once, instead of "Working on it…", and never run.
/// </summary>
public sealed class MattermostBusyTests : IAsyncLifetime
{
    private readonly ChangingDirectory directory = new(YamlDirectory.Load(SourceTree.DemoDirectory));
    private MattermostBot bot = null!;

    public async Task InitializeAsync() => bot = await MattermostBot.StartAsync(
        settings =>
        {
            settings[$"{BackgroundWorkOptions.Section}:MaxRunning"] = "1";
            settings[$"{BackgroundWorkOptions.Section}:MaxQueued"] = "0";
        },
        services => services.AddSingleton<IDirectory>(directory));

    public async Task DisposeAsync()
    {
        directory.Release();
        await bot.DisposeAsync();
    }

    [Fact]
    public async Task Command_PastTheBudget_AnsweredBusyAtOnceAndNeverRun()
    {
        directory.Hold();
        var bobsUrl = bot.Server.NewResponseUrl();

        var running = await bot.CommandAsync("alice", "request lake.sales.orders --reason \"Q3 churn model\"");
        await directory.WaitForChecksAsync(1, BotHost.Patience);
        var refused = await bot.CommandAsync("bob", "request lake.marketing.customer_churn --reason \"Q3 churn model\"", bobsUrl);

        Assert.Contains(MattermostInbound.Working, await running.Content.ReadAsStringAsync());
        Assert.StartsWith("OpenDataPlane is busy: it already has as many commands running or waiting as it takes at once (1).",
            JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["text"]!.GetValue<string>());
        directory.Release();
        await bot.Host.IdleAsync();
        Assert.Empty(bot.Server.ResponsesTo(bobsUrl));
        Assert.NotNull(await bot.Host.TicketAsync("ODP-1"));
        Assert.Null(await bot.Host.TicketAsync("ODP-2"));
    }
}
