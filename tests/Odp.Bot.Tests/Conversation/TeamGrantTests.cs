using Odp.Bot.Tests.Fakes;
using Odp.Engine.Catalog;
using Odp.Engine.Integrations.Trino.Rules.Evaluation;
using Odp.Engine.Tickets;

namespace Odp.Bot.Tests.Conversation;

/// <summary>A request for a whole team: the owners see the team, and the rules file grants the team's Trino group.</summary>
public sealed class TeamGrantTests : ConversationTest
{
    [Fact]
    public async Task RequestForTeam_ApprovedThenRevoked_RulesFileGrantsTheGroupThenNothing()
    {
        var receipt = await Chat.Say("alice", "/odp request lake.sales.orders --for 30d --reason \"Q3 churn model\" --team analysts");
        Assert.Contains("Team:      analysts (the whole team)", receipt);
        var bobsCard = Assert.Single(Chat.Channel.To("bob")).Text;
        Assert.Contains("For the whole team analysts: every member will be able to query it.", bobsCard);
        Assert.Contains("Team:      analysts (the whole team)", bobsCard);
        Assert.Contains("Workspace: analysts", bobsCard);

        var approved = await Chat.Say("bob", "/odp approve ODP-1");
        Assert.Contains("Approved ODP-1: team analysts gets read access to lake.sales.orders", approved);
        await Chat.ProvisionAsync();

        Assert.Equal(TicketState.Active, (await Chat.TicketAsync("ODP-1")).State);
        var rules = Chat.Rules();
        Assert.Equal([("analysts", "lake.sales.orders", "SELECT")], RulesAssert.GroupGrants(rules));
        Assert.Empty(RulesAssert.Grants(rules));
        var catalogRule = Assert.Single(rules!.Catalogs!, r => r.Group == "analysts");
        Assert.Null(catalogRule.User);
        var evaluator = new TrinoRulesEvaluator(rules);
        var orders = DatasetName.Parse("lake.sales.orders");
        Assert.True(evaluator.CanSelect("erin", ["data-science", "analysts"], orders));
        Assert.False(evaluator.CanSelect("dave", ["finance-owners"], orders));
        var why = await Chat.Say("erin", "/odp why lake.sales.orders");
        Assert.Contains("erin can SELECT lake.sales.orders", why);
        Assert.Contains("Granted by ODP-1", why);

        var revoked = await Chat.Say("alice", "/odp revoke ODP-1 --reason \"model shipped\"");
        Assert.Contains("Revoked ODP-1: team analysts no longer has access to lake.sales.orders", revoked);
        rules = Chat.Rules();
        Assert.Empty(RulesAssert.GroupGrants(rules));
        Assert.DoesNotContain(rules!.Catalogs!, r => r.Group is not null);
        Assert.False(new TrinoRulesEvaluator(rules).CanSelect("erin", ["data-science", "analysts"], orders));
    }

    [Fact]
    public async Task RequestForTeam_RequesterNotAMember_RefusedNamingTheirTeams()
    {
        var reply = await Chat.Say("dave", "/odp request lake.sales.orders --reason \"forecast review\" --team analysts");

        Assert.Contains("You can only request access for a team you belong to, and you are not in 'analysts'. Your teams: finance-owners.", reply);
        Assert.Empty(Chat.Channel.Messages);
    }

    [Fact]
    public async Task RequestForTeam_WorkspaceOfAnotherTeam_Refused()
    {
        var reply = await Chat.Say("erin", "/odp request lake.sales.orders --reason \"forecast review\" --team analysts --workspace data-science");

        Assert.Contains("goes into the analysts workspace, so the workspace data-science doesn't fit", reply);
    }

    [Fact]
    public async Task RequestForTeam_PersonalRequestOpenToo_FilesASeparateTicket()
    {
        await Chat.Say("alice", "/odp request lake.sales.orders --reason \"Q3 churn model\"");

        var team = await Chat.Say("alice", "/odp request lake.sales.orders --reason \"Q3 churn model\" --team Analysts");
        var again = await Chat.Say("alice", "/odp request lake.sales.orders --reason \"Q3 churn model\" --team analysts");

        Assert.Contains("Access requested: ODP-2", team);
        Assert.Equal("analysts", (await Chat.TicketAsync("ODP-2")).Team);
        Assert.Contains("Already requested: ODP-2", again);
        Assert.Null((await Chat.TicketAsync("ODP-1")).Team);
    }
}
