using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Odp.Bot.Tests.Fakes;
using Odp.Bot.Tests.Fakes.Slack;
using Odp.Engine.Storage.Deliveries;

namespace Odp.Bot.Tests.Platforms.Slack;

/// <summary>
/// The delivery log can't be reached (PostgreSQL down): a command or press that acts can't be told from a repeat, so
/// it runs nothing and the person is told something went wrong; the request itself still succeeds. Reads don't ask it.
/// </summary>
public sealed class SlackDeliveryLogOutageTests : IAsyncLifetime
{
    private const string Form = "application/x-www-form-urlencoded";
    private readonly FailingDeliveryLog log = new();
    private SlackBot bot = null!;

    public async Task InitializeAsync() => bot = await SlackBot.StartAsync(services: s => s.AddSingleton<IDeliveryLog>(log));

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task Commands_RequestWhileTheLogFails_SaysSomethingWentWrongAndFilesNothing()
    {
        var response = await bot.CommandAsync("U0ALICE", "request lake.sales.orders --reason \"Q3 churn model\"");
        await bot.IdleAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Something went wrong", await response.Content.ReadAsStringAsync());
        Assert.Equal(1, log.Calls);
        Assert.Null(await bot.TicketAsync("ODP-1"));
    }

    [Fact]
    public async Task Interactivity_ApproveWhileTheLogFails_TellsThePresserAndRunsNothing()
    {
        var blocks = new JsonArray(new JsonObject
        {
            ["type"] = "actions",
            ["elements"] = new JsonArray(new JsonObject { ["type"] = "button", ["action_id"] = "approve", ["value"] = "/odp approve ODP-1" }),
        });
        var card = new FakeSlackMessage("D0BOB", "1700000000.000100", "", blocks);
        var url = bot.Slack.NewResponseUrl();

        var response = await bot.PostSignedAsync("/slack/interactivity", Form, SlackBot.PressBody("U0BOB", card, "/odp approve", url));
        await bot.IdleAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Something went wrong", Assert.Single(bot.Slack.ResponsesTo(url)).ToJsonString());
        Assert.Equal(1, log.Calls);
    }

    [Fact]
    public async Task Commands_SearchWhileTheLogFails_IsAnswered()
    {
        var response = await bot.CommandAsync("U0ALICE", "search churn");

        Assert.Contains("customer_churn", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, log.Calls);
    }
}
