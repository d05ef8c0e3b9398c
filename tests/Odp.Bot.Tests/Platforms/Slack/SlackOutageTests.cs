using System.Net;
using System.Text.Json.Nodes;
using Odp.Bot.Platforms.Slack.Api;
using Odp.Bot.Tests.Fakes.Slack;

namespace Odp.Bot.Tests.Platforms.Slack;

/// <summary>
/// Slack's user API is down, the rest of the bot is not: search, show and help never ask Slack who is asking; commands
/// that need to know say Slack can't be reached (once per person and period, not once per command), never "something
/// went wrong". How long a failing lookup may take is pinned on a fake clock in <see cref="SlackIdentityTests"/>.
/// </summary>
public sealed class SlackOutageTests : IAsyncLifetime
{
    private SlackBot bot = null!;

    public async Task InitializeAsync() => bot = await SlackBot.StartAsync();

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Theory]
    [InlineData("search churn", "lake.marketing.customer_churn")]
    [InlineData("show lake.sales.orders", "lake.sales.orders")]
    [InlineData("help", "/odp search")]
    [InlineData("", "/odp search")]
    [InlineData("serch churn", "Did you mean")]
    public async Task Commands_UsersInfoFailing_AnswerWithoutAskingSlack(string text, string expected)
    {
        bot.Slack.ServerErrorNext(SlackMethods.UsersInfo, 100);

        var response = await bot.CommandAsync("U0CAROL", text);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
        Assert.Empty(bot.Slack.Calls(SlackMethods.UsersInfo));
    }

    [Fact]
    public async Task Interactivity_ShowPressedWhileUsersInfoFails_AnswersWithoutAskingSlack()
    {
        var results = JsonNode.Parse(await (await bot.CommandAsync("U0ALICE", "search churn")).Content.ReadAsStringAsync())!;
        bot.Slack.ServerErrorNext(SlackMethods.UsersInfo, 100);
        var card = new FakeSlackMessage("C0GENERAL", "1700000000.000100", "", (JsonArray)results["blocks"]!.DeepClone());
        var url = bot.Slack.NewResponseUrl();

        await bot.PressAsync("U0CAROL", card, "/odp show", url);
        await bot.IdleAsync();

        Assert.Contains("customer_churn", Assert.Single(bot.Slack.ResponsesTo(url)).ToJsonString());
        Assert.Empty(bot.Slack.Calls(SlackMethods.UsersInfo));
    }

    [Fact]
    public async Task Commands_UsersInfo5xx_MineSaysSlackCantBeReachedNotSomethingWentWrong()
    {
        bot.Slack.ServerErrorNext(SlackMethods.UsersInfo, 100);

        var response = await bot.CommandAsync("U0CAROL", "mine");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["text"]!.GetValue<string>();
        Assert.Contains("can't reach Slack right now", text);
        Assert.DoesNotContain("Something went wrong", text);
    }

    [Fact]
    public async Task Commands_UsersInfoFailedOnce_NextCommandsDontAskAgain()
    {
        bot.Slack.ErrorNext(SlackMethods.UsersInfo, "service_unavailable");

        foreach (var text in new[] { "mine", "pending", "status ODP-1", "mine" })
            Assert.Contains("can't reach Slack", await (await bot.CommandAsync("U0CAROL", text)).Content.ReadAsStringAsync());

        Assert.Single(bot.Slack.Calls(SlackMethods.UsersInfo));
    }

    [Fact]
    public async Task Commands_RequestWhileUsersInfoFails_IsAckedAtOnceAndToldSlackCantBeReached()
    {
        bot.Slack.ErrorNext(SlackMethods.UsersInfo, "service_unavailable");
        var url = bot.Slack.NewResponseUrl();

        var ack = await bot.CommandAsync("U0ALICE", "request lake.sales.orders --reason \"Q3 churn model\"", url);
        await bot.IdleAsync();

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Equal("", await ack.Content.ReadAsStringAsync());
        Assert.Contains("can't reach Slack right now", Assert.Single(bot.Slack.ResponsesTo(url))["text"]!.GetValue<string>());
        Assert.Null(await bot.TicketAsync("ODP-1"));
    }
}
