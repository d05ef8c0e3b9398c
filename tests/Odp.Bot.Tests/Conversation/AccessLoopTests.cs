using Odp.Bot.Tests.Fakes;
using Odp.Engine.Tickets;

namespace Odp.Bot.Tests.Conversation;

/// <summary>The whole loop as people live it: search, show, request, an owner approves, access and workspace appear.</summary>
public sealed class AccessLoopTests : ConversationTest
{
    [Fact]
    public async Task Request_ApprovedByOwner_GrantsExactlyThatTableAndReadiesTheWorkspace()
    {
        var found = await Chat.Say("alice", "/odp search churn");
        Assert.Contains("lake.marketing.customer_churn", found);
        Assert.Contains("[Request access → /odp request lake.marketing.customer_churn --reason \"…\"]", found);

        var shown = await Chat.Say("alice", "/odp show lake.sales.orders");
        Assert.Contains("order_id (bigint)", shown);
        Assert.Contains("Bob Owner", shown);

        var receipt = await Chat.Say("alice", "/odp request lake.sales.orders --reason \"Q3 churn model\" --for 30d");
        Assert.Contains("ODP-1", receipt);
        Assert.Contains("Pending", receipt);
        var bobsCard = Assert.Single(Chat.Channel.To("bob"));
        Assert.Contains("[Approve → /odp approve ODP-1]", bobsCard.Text);
        Assert.Contains("[Deny → /odp deny ODP-1 --reason \"…\"]", bobsCard.Text);
        var judysCard = Assert.Single(Chat.Channel.To("judy"));
        Assert.Null(Chat.Rules());

        var approved = await Chat.Say("bob", "/odp approve ODP-1");
        Assert.Contains("Approved ODP-1", approved);
        Assert.DoesNotContain("[Approve", Chat.Channel.Current(bobsCard));
        Assert.Contains("Bob Owner", Chat.Channel.Current(judysCard));
        Assert.Contains("approved", Chat.Channel.Current(judysCard), StringComparison.OrdinalIgnoreCase);

        await Chat.ProvisionAsync();

        var ticket = await Chat.TicketAsync("ODP-1");
        Assert.Equal(TicketState.Active, ticket.State);
        Assert.Equal(Chat.Time.GetUtcNow().AddDays(30), ticket.ExpiresAt);
        Assert.Equal([("alice", "lake.sales.orders", "SELECT")], RulesAssert.Grants(Chat.Rules()));

        var workspace = Path.Combine(Chat.DataPath, "workspaces", "analysts");
        foreach (var file in new[] { "namespace.yaml", "resourcequota.yaml", "limitrange.yaml", "networkpolicy-default-deny.yaml",
                     "networkpolicy-allow-trino.yaml", "serviceaccount.yaml", "rolebinding.yaml", "secret-trino.yaml", "jupyterhub/alice.json" })
            Assert.True(File.Exists(Path.Combine(workspace, file)), $"{file} was not written");
        Assert.Contains("odp-analysts", File.ReadAllText(Path.Combine(workspace, "namespace.yaml")));

        var progress = Assert.Single(Chat.Channel.To("alice"), m => m.Text.Contains("Provisioning analysts"));
        Assert.Equal(3, Chat.Channel.Updates.Count(u => u.Id == progress.Id));
        Assert.Matches(@"✓ trino-grant[^\n]*\n[^\n]*✓ workspace", Chat.Channel.Current(progress));
        var toAlice = Chat.Channel.To("alice").Select(m => m.Text).ToList();
        Assert.Contains(toAlice, t => t.Contains("Bob Owner approved your request"));
        Assert.Contains(toAlice, t => t.Contains("Access is live"));
        var ready = Assert.Single(Chat.Channel.ToTeam("analysts")).Text;
        Assert.Contains("jdbc:trino://trino.test:8080/lake/sales?user=alice", ready);
        Assert.Contains("trino --server http://trino.test:8080 --catalog lake --schema sales --user alice", ready);
        Assert.Contains("[Open Jupyter → http://jupyter.test:8000/user/alice/analysts/]", ready);
    }

    [Fact]
    public async Task Deny_ByOwnerWithReason_RequesterHearsWhyAndNothingIsGranted()
    {
        await Chat.Say("alice", "/odp request lake.sales.orders --reason \"Q3 churn model\"");
        var bobsCard = Assert.Single(Chat.Channel.To("bob"));

        var denied = await Chat.Say("bob", "/odp deny ODP-1 --reason \"use the aggregated view instead\"");
        Assert.Contains("Denied ODP-1", denied);
        await Chat.ProvisionAsync();

        Assert.Equal(TicketState.Denied, (await Chat.TicketAsync("ODP-1")).State);
        Assert.Contains(Chat.Channel.To("alice"), m => m.Text.Contains("use the aggregated view instead"));
        Assert.Contains("denied", Chat.Channel.Current(bobsCard), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("[Approve", Chat.Channel.Current(bobsCard));
        Assert.Empty(RulesAssert.Grants(Chat.Rules()));
        Assert.Empty(Chat.Channel.ToTeam("analysts"));
    }

    [Fact]
    public async Task Deny_WithoutReason_IsRefusedWithUsage()
    {
        await Chat.Say("alice", "/odp request lake.sales.orders --reason \"Q3 churn model\"");

        var reply = await Chat.Say("bob", "/odp deny ODP-1");

        Assert.Contains("--reason", reply);
        Assert.Equal(TicketState.Pending, (await Chat.TicketAsync("ODP-1")).State);
    }

    [Fact]
    public async Task Cancel_ByRequesterWhilePending_OwnersCardsSaySoAndApprovalIsRefused()
    {
        await Chat.Say("alice", "/odp request lake.sales.orders --reason \"Q3 churn model\"");
        var bobsCard = Assert.Single(Chat.Channel.To("bob"));

        var cancelled = await Chat.Say("alice", "/odp cancel ODP-1");
        var lateApproval = await Chat.Say("bob", "/odp approve ODP-1");

        Assert.Contains("Cancelled ODP-1", cancelled);
        Assert.Contains("cancelled", Chat.Channel.Current(bobsCard), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("ODP-1 is cancelled, so it can't be approved", lateApproval);
        Assert.Equal(TicketState.Cancelled, (await Chat.TicketAsync("ODP-1")).State);
    }

    [Fact]
    public async Task Cancel_BySomeoneElse_IsRefused()
    {
        await Chat.Say("alice", "/odp request lake.sales.orders --reason \"Q3 churn model\"");

        var reply = await Chat.Say("carol", "/odp cancel ODP-1");

        Assert.Contains("Only alice", reply);
        Assert.Equal(TicketState.Pending, (await Chat.TicketAsync("ODP-1")).State);
    }

    [Fact]
    public async Task Request_SameUserDatasetAndLevelTwice_PointsToTheOpenTicket()
    {
        await Chat.Say("alice", "/odp request lake.sales.orders --reason \"Q3 churn model\"");

        var again = await Chat.Say("alice", "/odp request lake.sales.orders --reason \"still need it for Q3\"");
        var write = await Chat.Say("alice", "/odp request lake.sales.orders --access write --reason \"backfill corrections\"");

        Assert.Contains("ODP-1", again);
        Assert.Contains("already", again, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("ODP-2", write);
        Assert.Single(Chat.Channel.To("bob"), m => m.Text.Contains("ODP-1"));
    }
}
