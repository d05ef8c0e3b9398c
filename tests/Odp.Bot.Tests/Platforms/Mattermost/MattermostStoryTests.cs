using System.Net;
using System.Text.Json.Nodes;
using Odp.Bot.Tests.Fakes.Mattermost;
using Odp.Engine.Tickets;

namespace Odp.Bot.Tests.Platforms.Mattermost;

/// <summary>The whole access loop as Mattermost users live it, against a fake Mattermost.</summary>
public sealed class MattermostStoryTests : IAsyncLifetime
{
    private MattermostBot bot = null!;

    public async Task InitializeAsync() => bot = await MattermostBot.StartAsync();

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task Request_ApprovedFromTheOwnersDm_PatchesEveryCardTellsTheRequesterAndTheTeam()
    {
        // 1. The command: acked with response_type, the receipt through response_url.
        var responseUrl = bot.Server.NewResponseUrl();
        var ack = await bot.CommandAsync("alice", "request lake.sales.orders --reason \"Q3 churn model\" --for 30d", responseUrl);
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Equal("ephemeral", JsonNode.Parse(await ack.Content.ReadAsStringAsync())!["response_type"]!.GetValue<string>());
        await bot.Host.IdleAsync();
        Assert.Contains("ODP-1", Assert.Single(bot.Server.ResponsesTo(responseUrl)).ToJsonString());

        // 2. Each owner's DM has the card with buttons.
        var bobsCard = await bot.WaitForPostAsync(MattermostBot.UserId("bob"), p => MattermostBot.Text(p).Contains("ODP-1"));
        var judysCard = await bot.WaitForPostAsync(MattermostBot.UserId("judy"), p => MattermostBot.Text(p).Contains("ODP-1"));
        Assert.Contains(bot.Server.Calls("channels.direct"), c => (c.Body?.ToJsonString() ?? "").Contains(MattermostBot.UserId("bob")));
        Assert.Contains(MattermostBot.Buttons(bobsCard), b => b["integration"]?["url"]?.GetValue<string>() == MattermostBot.Actions.ToString());

        // 3. Bob presses Approve; he sees the outcome.
        var press = await bot.PressAsync("bob", bobsCard, "/odp approve");
        Assert.Equal(HttpStatusCode.OK, press.StatusCode);
        Assert.Contains("Approved ODP-1", JsonNode.Parse(await press.Content.ReadAsStringAsync())!["ephemeral_text"]!.GetValue<string>());

        // 4. Every copy is patched in place: who decided, no buttons.
        foreach (var card in new[] { bobsCard, judysCard })
        {
            var now = bot.Server.Post(card.Id)!;
            Assert.True(now.PatchCount > 0);
            Assert.Contains("Bob Owner", MattermostBot.Text(now));
            Assert.Empty(MattermostBot.Buttons(now));
        }

        // 5. The requester's DM, 6. the team's "workspace ready".
        await bot.WaitForPostAsync(MattermostBot.UserId("alice"), p => MattermostBot.Text(p).Contains("Bob Owner approved your request"));
        var ready = await bot.WaitForPostAsync(MattermostBot.TeamChannel, p => MattermostBot.Text(p).Contains("jdbc:trino://"));
        Assert.Contains("/user/alice/analysts/", MattermostBot.Text(ready));
        Assert.Equal(TicketState.Active, (await bot.Host.TicketAsync("ODP-1"))!.State);
    }

    [Fact]
    public async Task Press_ByAnUnauthorisedUser_GetsAnEphemeralErrorAndTheCardStays()
    {
        await bot.CommandAsync("alice", "request lake.sales.orders --reason \"Q3 churn model\"");
        var bobsCard = await bot.WaitForPostAsync(MattermostBot.UserId("bob"), p => MattermostBot.Text(p).Contains("ODP-1"));

        var press = await bot.PressAsync("carol", bobsCard, "/odp approve");

        Assert.Contains("Only an owner of lake.sales.orders can approve ODP-1", await press.Content.ReadAsStringAsync());
        Assert.Equal(0, bot.Server.Post(bobsCard.Id)!.PatchCount);
        Assert.Equal(TicketState.Pending, (await bot.Host.TicketAsync("ODP-1"))!.State);
    }

    [Fact]
    public async Task Press_Deny_AsksForTheReasonAsATypedCommand()
    {
        await bot.CommandAsync("alice", "request lake.sales.orders --reason \"Q3 churn model\"");
        var bobsCard = await bot.WaitForPostAsync(MattermostBot.UserId("bob"), p => MattermostBot.Text(p).Contains("ODP-1"));

        var press = await bot.PressAsync("bob", bobsCard, "/odp deny");

        Assert.Contains("/odp deny ODP-1 --reason", await press.Content.ReadAsStringAsync());
        Assert.Equal(TicketState.Pending, (await bot.Host.TicketAsync("ODP-1"))!.State);
    }

    [Fact]
    public async Task Press_FiftyConcurrentApprovals_OneTransition()
    {
        await bot.CommandAsync("alice", "request lake.sales.orders --reason \"Q3 churn model\"");
        var bobsCard = await bot.WaitForPostAsync(MattermostBot.UserId("bob"), p => MattermostBot.Text(p).Contains("ODP-1"));

        var presses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => bot.PressAsync("bob", bobsCard, "/odp approve")));

        var answers = await Task.WhenAll(presses.Select(p => p.Content.ReadAsStringAsync()));
        Assert.All(presses, p => Assert.Equal(HttpStatusCode.OK, p.StatusCode));
        Assert.Single(answers, a => a.Contains("Approved ODP-1"));
        Assert.Single((await bot.Host.TicketAsync("ODP-1"))!.Events, e => e.To == TicketState.Approved);
    }
}
