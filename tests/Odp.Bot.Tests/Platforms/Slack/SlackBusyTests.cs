using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Odp.Bot.Conversation.Background;
using Odp.Bot.Platforms.Slack;
using Odp.Bot.Tests.Fakes;
using Odp.Bot.Tests.Fakes.Slack;
using Odp.Engine.Directory;
using Odp.Engine.Tests.Fakes;
using Odp.Engine.Tickets;

namespace Odp.Bot.Tests.Platforms.Slack;

/// <summary>
/// With the work finished after the ack full (here one running and one waiting, held by a slow directory), a command
/// that would wait is answered busy in its ack and a press is told so through its <c>response_url</c> before its ack;
/// neither is kept or run later, and what fits runs as ever. Search, show and help never queue.
/// </summary>
public sealed class SlackBusyTests : IAsyncLifetime
{
    private const string Reason = "--reason \"Q3 churn model\"";
    private readonly ChangingDirectory directory = new(YamlDirectory.Load(SourceTree.DemoDirectory));
    private SlackBot bot = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        directory.Release();
        await bot.DisposeAsync();
    }

    [Fact]
    public async Task Commands_PastTheBudget_AnsweredBusyInTheAckAndNeverRun()
    {
        await StartAsync(maxQueued: 1);
        directory.Hold();
        var (aliceUrl, bobUrl, carolUrl) = (bot.Slack.NewResponseUrl(), bot.Slack.NewResponseUrl(), bot.Slack.NewResponseUrl());

        var running = await bot.CommandAsync("U0ALICE", $"request lake.sales.orders {Reason}", aliceUrl);
        await directory.WaitForChecksAsync(1, SlackBot.Patience);
        var waiting = await bot.CommandAsync("U0BOB", "approve ODP-1", bobUrl);
        var refused = await bot.CommandAsync("U0CAROL", $"request lake.sales.orders {Reason}", carolUrl);
        var search = await bot.CommandAsync("U0CAROL", "search churn");

        Assert.Equal("", await running.Content.ReadAsStringAsync());
        Assert.Equal("", await waiting.Content.ReadAsStringAsync());
        var ack = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        Assert.Equal("ephemeral", ack["response_type"]!.GetValue<string>());
        Assert.StartsWith("OpenDataPlane is busy: it already has as many commands running or waiting as it takes at once (2).",
            ack["text"]!.GetValue<string>());
        Assert.Contains("lake.marketing.customer_churn", await search.Content.ReadAsStringAsync());

        directory.Release();
        await bot.IdleAsync();
        Assert.Contains("ODP-1", Assert.Single(bot.Slack.ResponsesTo(aliceUrl)).ToJsonString());
        Assert.Contains("Approved ODP-1", Assert.Single(bot.Slack.ResponsesTo(bobUrl)).ToJsonString());
        Assert.Empty(bot.Slack.ResponsesTo(carolUrl));
        Assert.Null(await bot.TicketAsync("ODP-2"));
    }

    [Fact]
    public async Task Press_PastTheBudget_ToldBusyThroughItsResponseUrlBeforeTheAck()
    {
        await StartAsync(maxQueued: 0);
        var bobsCard = await RequestAndHoldAsync();
        var pressUrl = bot.Slack.NewResponseUrl();

        var press = await bot.PressAsync("U0JUDY", bobsCard, "/odp approve", pressUrl);

        Assert.Equal(HttpStatusCode.OK, press.StatusCode);
        Assert.Contains("OpenDataPlane is busy", Assert.Single(bot.Slack.ResponsesTo(pressUrl))["text"]!.GetValue<string>());
        directory.Release();
        await bot.IdleAsync();
        Assert.Single(bot.Slack.ResponsesTo(pressUrl));
        Assert.Single((await bot.TicketAsync("ODP-1"))!.Events, e => e.To == TicketState.Approved && e.By == "bob");
    }

    [Fact]
    public async Task Press_BusyNoticeGetsNoAnswer_AckedOnceTheNoticeTimeoutPassesOnTheClock()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow); // signed requests carry the real time
        await StartAsync(maxQueued: 0, time);
        var bobsCard = await RequestAndHoldAsync();
        bot.Slack.HangNext(FakeSlackServer.ResponseUrlMethod);

        var press = bot.PressAsync("U0JUDY", bobsCard, "/odp approve", bot.Slack.NewResponseUrl());
        await bot.Slack.WaitForHeldCallAsync(SlackBot.Patience);
        Assert.False(press.IsCompleted);
        time.Advance(SlackInbound.NoticeTimeout);

        Assert.Equal(HttpStatusCode.OK, (await press.WaitAsync(SlackBot.Patience)).StatusCode);
    }

    private async Task StartAsync(int maxQueued, TimeProvider? time = null) =>
        bot = await SlackBot.StartAsync(
            settings =>
            {
                settings[$"{BackgroundWorkOptions.Section}:MaxRunning"] = "1";
                settings[$"{BackgroundWorkOptions.Section}:MaxQueued"] = maxQueued.ToString(System.Globalization.CultureInfo.InvariantCulture);
            },
            services: services =>
            {
                services.AddSingleton<IDirectory>(directory);
                if (time is not null) services.AddSingleton(time);
            });

    // Alice's request is filed and Bob's card posted; then Bob's approve by command holds the only running slot.
    private async Task<FakeSlackMessage> RequestAndHoldAsync()
    {
        await bot.CommandAsync("U0ALICE", $"request lake.sales.orders {Reason}");
        var bobsCard = await bot.WaitForMessageAsync("U0BOB", m => SlackBot.Text(m).Contains("ODP-1"));
        await bot.IdleAsync();
        directory.Hold();
        await bot.CommandAsync("U0BOB", "approve ODP-1");
        await directory.WaitForChecksAsync(2, SlackBot.Patience); // alice's request, then bob's approve (held)
        return bobsCard;
    }
}
