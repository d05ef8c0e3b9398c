using System.Text.Json.Nodes;
using Odp.Bot.Tests.Fakes.Mattermost;
using Odp.Engine.Tickets;

namespace Odp.Bot.Tests.Platforms.Mattermost;

/// <summary>
/// Mattermost signs nothing a replay could be told by (see <c>MattermostInbound</c>), so a press sent again runs its
/// command again — and where that would matter, it can't act twice: the ticket gate refuses a second decision, and a
/// Request button can't file anything from Mattermost.
/// </summary>
public sealed class MattermostReplayTests : IAsyncLifetime
{
    private MattermostBot bot = null!;

    public async Task InitializeAsync() => bot = await MattermostBot.StartAsync();

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task Actions_ApproveReplayed_DecidesOnce()
    {
        await bot.CommandAsync("alice", "request lake.sales.orders --reason \"Q3 churn model\"");
        var card = await bot.WaitForPostAsync(MattermostBot.UserId("bob"), p => MattermostBot.Text(p).Contains("ODP-1"));
        var context = MattermostBot.Buttons(card).Select(b => b["integration"]!["context"]!.AsObject())
            .First(c => c["command"]!.GetValue<string>() == "/odp approve ODP-1");
        var press = new MattermostActionCallback(MattermostBot.UserId("bob"), card.Id, context) { ChannelId = card.ChannelId };

        var first = await bot.Client.SendAsync(MattermostRequests.Action(MattermostBot.Actions, press));
        var replay = await bot.Client.SendAsync(MattermostRequests.Action(MattermostBot.Actions, press));

        Assert.Contains("Approved ODP-1", await first.Content.ReadAsStringAsync());
        Assert.Contains("so it can't be approved", EphemeralOf(await replay.Content.ReadAsStringAsync())); // approved, or by now provisioning or active
        Assert.Single((await bot.Host.TicketAsync("ODP-1"))!.Events, e => e.To == TicketState.Approved);
    }

    [Fact]
    public async Task Actions_RequestButtonPressedAndReplayed_FilesNothing()
    {
        var results = JsonNode.Parse(await (await bot.CommandAsync("alice", "search orders")).Content.ReadAsStringAsync())!;
        var press = new MattermostActionCallback(MattermostBot.UserId("alice"), "post00000000000000000000001",
            MattermostOutageTests.ContextOf(results, "/odp request"));

        foreach (var _ in new[] { 1, 2 })
        {
            var response = await bot.Client.SendAsync(MattermostRequests.Action(MattermostBot.Actions, press));
            Assert.Contains("can't carry a reason", EphemeralOf(await response.Content.ReadAsStringAsync()));
        }

        await bot.Host.IdleAsync();
        Assert.Null(await bot.Host.TicketAsync("ODP-1"));
    }

    private static string EphemeralOf(string body) => JsonNode.Parse(body)!["ephemeral_text"]!.GetValue<string>();
}
