using Odp.Bot.Tests.Fakes;

namespace Odp.Bot.Tests.Conversation;

/// <summary><c>/odp why</c>: the live rules file, evaluated and explained.</summary>
public sealed class WhyTests : ConversationTest
{
    private async Task GrantAliceOrdersAsync()
    {
        await Chat.Say("alice", "/odp request lake.sales.orders --reason \"Q3 churn model\"");
        await Chat.Say("bob", "/odp approve ODP-1");
        await Chat.ProvisionAsync();
    }

    [Fact]
    public async Task Why_GrantedUser_SaysYesNamingRulesAndTicket()
    {
        await GrantAliceOrdersAsync();

        var answer = await Chat.Say("alice", "/odp why lake.sales.orders");

        Assert.Equal(
            "alice can SELECT lake.sales.orders: catalog rule #1 (user alice, catalog lake, allow read-only) and " +
            "table rule #1 (user alice, lake.sales.orders, privileges SELECT) match first. Granted by ODP-1.",
            answer);
    }

    [Fact]
    public async Task Why_UserWithoutGrant_SaysNoAndWhy()
    {
        await GrantAliceOrdersAsync();

        var answer = await Chat.Say("carol", "/odp why lake.sales.orders");

        Assert.StartsWith("carol can't SELECT lake.sales.orders:", answer);
        Assert.Contains("no table rule matches, so Trino denies by default", answer);
    }

    [Fact]
    public async Task Why_OwnerAsksAboutSomeoneElse_Answers()
    {
        await GrantAliceOrdersAsync();

        var answer = await Chat.Say("bob", "/odp why lake.sales.orders alice");

        Assert.StartsWith("alice can SELECT lake.sales.orders:", answer);
    }

    [Fact]
    public async Task Why_NonOwnerAsksAboutSomeoneElse_IsRefusedKindly()
    {
        await GrantAliceOrdersAsync();

        var answer = await Chat.Say("carol", "/odp why lake.sales.orders alice");

        Assert.Contains("Only an owner of lake.sales.orders can ask about someone else's access to it", answer);
        Assert.DoesNotContain("alice can", answer);
    }

    [Fact]
    public async Task Why_NoRulesFileYet_SaysNothingIsGrantedYet()
    {
        var answer = await Chat.Say("alice", "/odp why lake.sales.orders");

        Assert.Equal(
            "alice can't SELECT lake.sales.orders through OpenDataPlane: no request has been approved and set up yet, so it has written no Trino rules.",
            answer);
    }

    [Fact]
    public async Task Why_ApprovedNotYetProvisioned_SaysTheGrantIsBeingSetUp()
    {
        await Chat.Say("alice", "/odp request lake.sales.orders --reason \"Q3 churn model\"");
        await Chat.Say("bob", "/odp approve ODP-1");

        var answer = await Chat.Say("alice", "/odp why lake.sales.orders");

        Assert.Equal(
            "alice can't SELECT lake.sales.orders yet: ODP-1 is approved and the grant is being set up. `/odp status ODP-1` shows how far it has got.",
            answer);
    }

    [Fact]
    public async Task Why_SecondTableApprovedAfterTheRulesExist_SaysTheGrantIsBeingSetUp()
    {
        await GrantAliceOrdersAsync();
        await Chat.Say("erin", "/odp request lake.sales.order_items --reason \"Q3 churn model\" --team analysts");
        await Chat.Say("bob", "/odp approve ODP-2");

        var answer = await Chat.Say("bob", "/odp why lake.sales.order_items alice");

        Assert.StartsWith("alice can't SELECT lake.sales.order_items yet: ODP-2 is approved and the grant is being set up.", answer);
    }
}
