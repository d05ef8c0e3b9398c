using Odp.Bot.Tests.Fakes;
using Odp.Engine.Tickets;

namespace Odp.Bot.Tests.Conversation;

/// <summary>Only an owner decides, never on their own request, and racing decisions produce one.</summary>
public sealed class DecisionRightsTests : ConversationTest
{
    [Fact]
    public async Task Approve_OwnRequestAsAnOwner_IsRefusedAndAnotherOwnerDecides()
    {
        var receipt = await Chat.Say("bob", "/odp request lake.sales.orders --reason \"reconcile the Q3 numbers\"");
        Assert.Contains("Judy Sales Lead", receipt);
        Assert.Empty(Chat.Channel.To("bob"));

        var self = await Chat.Say("bob", "/odp approve ODP-1");

        Assert.Contains("You can't approve your own request ODP-1", self);
        Assert.Equal(TicketState.Pending, (await Chat.TicketAsync("ODP-1")).State);
        Assert.Contains("Approved ODP-1", await Chat.Say("judy", "/odp approve ODP-1"));
    }

    [Fact]
    public async Task Request_ByTheOnlyOwner_IsRefusedBecauseNobodyCouldApprove()
    {
        var reply = await Chat.Say("bob", "/odp request crm.sales.opportunities --reason \"pipeline review for Q4\"");

        Assert.Contains("You are the only owner of crm.sales.opportunities", reply);
        Assert.Null(await Chat.Services.GetTicketOrNull("ODP-1"));
    }

    [Fact]
    public async Task Approve_ByNonOwner_IsRefusedAndTheCardsStay()
    {
        await Chat.Say("alice", "/odp request lake.sales.orders --reason \"Q3 churn model\"");
        var bobsCard = Assert.Single(Chat.Channel.To("bob"));

        var reply = await Chat.Say("carol", "/odp approve ODP-1");
        var deny = await Chat.Say("carol", "/odp deny ODP-1 --reason \"no\"");

        Assert.Contains("Only an owner of lake.sales.orders can approve ODP-1", reply);
        Assert.Contains("Only an owner of lake.sales.orders can deny ODP-1", deny);
        Assert.Equal(TicketState.Pending, (await Chat.TicketAsync("ODP-1")).State);
        Assert.Empty(Chat.Channel.Updates);
        Assert.Contains("[Approve → /odp approve ODP-1]", Chat.Channel.Current(bobsCard));
    }

    [Fact]
    public async Task Approve_FiftyConcurrentPresses_OneDecision()
    {
        await Chat.Say("alice", "/odp request lake.sales.orders --reason \"Q3 churn model\"");

        var replies = await Task.WhenAll(Enumerable.Range(0, 50)
            .Select(i => Task.Run(() => Chat.Say(i % 2 == 0 ? "bob" : "judy", "/odp approve ODP-1"))));

        Assert.Single(replies, r => r.StartsWith("Approved ODP-1", StringComparison.Ordinal));
        Assert.Equal(49, replies.Count(r => r.Contains("ODP-1 is already approved by ") && r.Contains(", so it can't be approved")));
        var ticket = await Chat.TicketAsync("ODP-1");
        Assert.Single(ticket.Events, e => e.To == TicketState.Approved);
    }

    [Fact]
    public async Task Status_OfSomeoneElsesTicket_IsRefusedButOwnersSeeIt()
    {
        await Chat.Say("alice", "/odp request lake.sales.orders --reason \"Q3 churn model\"");

        Assert.Contains("belongs to someone else", await Chat.Say("carol", "/odp status ODP-1"));
        Assert.Contains("[Approve → /odp approve ODP-1]", await Chat.Say("bob", "/odp status ODP-1"));
        Assert.Contains("[Cancel request → /odp cancel ODP-1]", await Chat.Say("alice", "/odp status odp-1"));
    }
}
