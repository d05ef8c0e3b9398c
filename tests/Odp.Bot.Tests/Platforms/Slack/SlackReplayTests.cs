using System.Net;
using Odp.Bot.Tests.Fakes.Slack;
using Odp.Engine.Tickets;

namespace Odp.Bot.Tests.Platforms.Slack;

/// <summary>
/// A signed Slack request sent again as it was (same timestamp, same signature) within its five minutes is acked and
/// runs nothing a second time; reads are simply answered again.
/// </summary>
public sealed class SlackReplayTests : IAsyncLifetime
{
    private const string Form = "application/x-www-form-urlencoded";
    private SlackBot bot = null!;

    public async Task InitializeAsync() => bot = await SlackBot.StartAsync();

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task Commands_RequestReplayedAfterTheRequesterCancelled_FilesNoSecondTicket()
    {
        var sentAt = DateTimeOffset.UtcNow;
        var request = SlackBot.CommandBody("U0ALICE", "request lake.sales.orders --reason \"Q3 churn model\"", bot.Slack.NewResponseUrl());
        Assert.Equal(HttpStatusCode.OK, (await bot.PostSignedAsync("/slack/commands", Form, request, sentAt)).StatusCode);
        await bot.IdleAsync();
        await bot.CommandAsync("U0ALICE", "cancel ODP-1");
        await bot.IdleAsync();
        Assert.Equal(TicketState.Cancelled, (await bot.TicketAsync("ODP-1"))!.State);

        var replay = await bot.PostSignedAsync("/slack/commands", Form, request, sentAt);
        await bot.IdleAsync();

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal("", await replay.Content.ReadAsStringAsync());
        Assert.Null(await bot.TicketAsync("ODP-2"));
        Assert.Equal(TicketState.Cancelled, (await bot.TicketAsync("ODP-1"))!.State);
    }

    [Fact]
    public async Task Commands_SameRequestSignedAgainLater_IsANewRequest()
    {
        var body = SlackBot.CommandBody("U0ALICE", "request lake.sales.orders --reason \"Q3 churn model\"", bot.Slack.NewResponseUrl());
        await bot.PostSignedAsync("/slack/commands", Form, body, DateTimeOffset.UtcNow.AddSeconds(-2));
        await bot.IdleAsync();
        await bot.CommandAsync("U0ALICE", "cancel ODP-1");
        await bot.IdleAsync();

        await bot.PostSignedAsync("/slack/commands", Form, body, DateTimeOffset.UtcNow);
        await bot.IdleAsync();

        Assert.Equal(TicketState.Pending, (await bot.TicketAsync("ODP-2"))!.State);
    }

    [Fact]
    public async Task Interactivity_PressReplayed_RunsOnce()
    {
        await bot.CommandAsync("U0ALICE", "request lake.sales.orders --reason \"Q3 churn model\"");
        var card = await bot.WaitForMessageAsync("U0BOB", m => SlackBot.Text(m).Contains("ODP-1"));
        var url = bot.Slack.NewResponseUrl();
        var press = SlackBot.PressBody("U0BOB", card, "/odp approve", url);
        var sentAt = DateTimeOffset.UtcNow;

        await bot.PostSignedAsync("/slack/interactivity", Form, press, sentAt);
        await bot.IdleAsync();
        var replay = await bot.PostSignedAsync("/slack/interactivity", Form, press, sentAt);
        await bot.IdleAsync();

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Contains("Approved ODP-1", Assert.Single(bot.Slack.ResponsesTo(url)).ToJsonString());
        Assert.Single((await bot.TicketAsync("ODP-1"))!.Events, e => e.To == TicketState.Approved);
    }

    [Fact]
    public async Task Commands_SearchReplayed_IsAnsweredAgain()
    {
        var search = SlackBot.CommandBody("U0ALICE", "search churn", bot.Slack.NewResponseUrl());
        var sentAt = DateTimeOffset.UtcNow;

        var first = await (await bot.PostSignedAsync("/slack/commands", Form, search, sentAt)).Content.ReadAsStringAsync();
        var again = await (await bot.PostSignedAsync("/slack/commands", Form, search, sentAt)).Content.ReadAsStringAsync();

        Assert.Contains("customer_churn", again);
        Assert.Equal(first, again);
    }
}
