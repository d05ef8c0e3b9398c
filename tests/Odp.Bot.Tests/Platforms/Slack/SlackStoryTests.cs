using System.Net;
using Odp.Bot.Tests.Fakes.Slack;
using Odp.Engine.Tickets;

namespace Odp.Bot.Tests.Platforms.Slack;

/// <summary>The whole access loop as Slack users live it, over the real Slack protocol against a fake Slack.</summary>
public sealed class SlackStoryTests : IAsyncLifetime
{
    private SlackBot bot = null!;

    public async Task InitializeAsync() => bot = await SlackBot.StartAsync();

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task Request_ApprovedFromTheOwnersDm_UpdatesEveryCardTellsTheRequesterAndTheTeam()
    {
        // 1. The slash command is acked at once; the receipt comes through response_url.
        var commandUrl = bot.Slack.NewResponseUrl();
        var ack = await bot.CommandAsync("U0ALICE", "request lake.sales.orders --reason \"Q3 churn model\" --for 30d", commandUrl);
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        await bot.IdleAsync();
        Assert.Contains("ODP-1", Assert.Single(bot.Slack.ResponsesTo(commandUrl)).ToJsonString());

        // 2. Each owner gets the approval card as a DM: lookupByEmail, conversations.open, chat.postMessage.
        var bobsCard = await bot.WaitForMessageAsync("U0BOB", m => SlackBot.Text(m).Contains("ODP-1"));
        var judysCard = await bot.WaitForMessageAsync("U0JUDY", m => SlackBot.Text(m).Contains("ODP-1"));
        Assert.Contains(bot.Slack.Calls("users.lookupByEmail"), c => c.Body["email"]?.GetValue<string>() == "bob@example.com");
        Assert.Equal(["/odp approve ODP-1", "/odp deny ODP-1"], SlackBot.Buttons(bobsCard).Select(b => b["value"]!.GetValue<string>()));

        // 3. Bob presses Approve.
        var pressUrl = bot.Slack.NewResponseUrl();
        var press = await bot.PressAsync("U0BOB", bobsCard, "/odp approve", pressUrl);
        Assert.Equal(HttpStatusCode.OK, press.StatusCode);
        await bot.IdleAsync();

        // 4. Every owner's copy is updated in place: who decided, and no buttons left.
        await bot.Slack.WaitForAsync(c => c.Method == "chat.update" && c.Body["ts"]?.GetValue<string>() == judysCard.Ts, SlackBot.Patience);
        foreach (var card in new[] { bobsCard, judysCard })
        {
            var now = bot.Slack.Messages.Single(m => m.Channel == card.Channel && m.Ts == card.Ts);
            Assert.Contains("Bob Owner", SlackBot.Text(now));
            Assert.Empty(SlackBot.Buttons(now));
        }

        // 5. The requester hears of the change by DM, 6. and the team channel gets "workspace ready".
        await bot.WaitForMessageAsync("U0ALICE", m => SlackBot.Text(m).Contains("Bob Owner approved your request"));
        var ready = await bot.WaitForMessageAsync(SlackBot.TeamChannel, m => SlackBot.Text(m).Contains("jdbc:trino://"));
        Assert.Contains("/user/alice/analysts/", SlackBot.Text(ready));
        Assert.Equal(TicketState.Active, (await bot.TicketAsync("ODP-1"))!.State);
    }

    [Fact]
    public async Task Press_ByAnUnauthorisedUser_GetsAnEphemeralErrorAndTheCardStays()
    {
        await bot.CommandAsync("U0ALICE", "request lake.sales.orders --reason \"Q3 churn model\"");
        var bobsCard = await bot.WaitForMessageAsync("U0BOB", m => SlackBot.Text(m).Contains("ODP-1"));

        var carolsUrl = bot.Slack.NewResponseUrl();
        await bot.PressAsync("U0CAROL", bobsCard, "/odp approve", carolsUrl);
        await bot.IdleAsync();

        var answer = Assert.Single(bot.Slack.ResponsesTo(carolsUrl));
        Assert.Equal("ephemeral", answer["response_type"]!.GetValue<string>());
        Assert.Contains("Only an owner of lake.sales.orders can approve ODP-1", answer.ToJsonString());
        Assert.Empty(bot.Slack.Calls("chat.update"));
        Assert.Equal(TicketState.Pending, (await bot.TicketAsync("ODP-1"))!.State);
    }

    [Fact]
    public async Task Press_DenyWithTheReasonTypedInTheCard_DeniesWithThatReason()
    {
        await bot.CommandAsync("U0ALICE", "request lake.sales.orders --reason \"Q3 churn model\"");
        var bobsCard = await bot.WaitForMessageAsync("U0BOB", m => SlackBot.Text(m).Contains("ODP-1"));

        var emptyUrl = bot.Slack.NewResponseUrl();
        await bot.PressAsync("U0BOB", bobsCard, "/odp deny", emptyUrl, reason: "");
        await bot.IdleAsync();
        Assert.Contains("type a reason", Assert.Single(bot.Slack.ResponsesTo(emptyUrl)).ToJsonString());

        await bot.PressAsync("U0BOB", bobsCard, "/odp deny", bot.Slack.NewResponseUrl(), reason: "use the aggregated view");
        await bot.IdleAsync();

        var ticket = (await bot.TicketAsync("ODP-1"))!;
        Assert.Equal(TicketState.Denied, ticket.State);
        Assert.Equal("use the aggregated view", ticket.DecisionNote);
        await bot.WaitForMessageAsync("U0ALICE", m => SlackBot.Text(m).Contains("use the aggregated view"));
    }

    [Fact]
    public async Task Press_FiftyConcurrentApprovals_OneTransitionAndOneGrant()
    {
        await bot.CommandAsync("U0ALICE", "request lake.sales.orders --reason \"Q3 churn model\"");
        var bobsCard = await bot.WaitForMessageAsync("U0BOB", m => SlackBot.Text(m).Contains("ODP-1"));
        var urls = Enumerable.Range(0, 50).Select(_ => bot.Slack.NewResponseUrl()).ToList();

        var presses = await Task.WhenAll(urls.Select(url => bot.PressAsync("U0BOB", bobsCard, "/odp approve", url)));
        await bot.IdleAsync();

        Assert.All(presses, p => Assert.Equal(HttpStatusCode.OK, p.StatusCode));
        var answers = urls.Select(u => Assert.Single(bot.Slack.ResponsesTo(u)).ToJsonString()).ToList();
        Assert.Single(answers, a => a.Contains("Approved ODP-1"));
        Assert.Equal(49, answers.Count(a => a.Contains("ODP-1 is already approved by bob") || a.Contains("ODP-1 is provisioning (decided by bob)")
            || a.Contains("ODP-1 is active (decided by bob)")));
        await bot.WaitForMessageAsync(SlackBot.TeamChannel, m => SlackBot.Text(m).Contains("jdbc:trino://"));
        var ticket = (await bot.TicketAsync("ODP-1"))!;
        Assert.Single(ticket.Events, e => e.To == TicketState.Approved);
        Assert.Single(bot.Slack.MessagesIn(SlackBot.TeamChannel));
    }
}
