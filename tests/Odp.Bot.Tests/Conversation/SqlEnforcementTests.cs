using Microsoft.Extensions.DependencyInjection;
using Odp.Bot.Tests.Fakes;
using Odp.Engine.Catalog;
using Odp.Engine.Integrations.Trino.Client;
using Odp.Engine.Integrations.Trino.Verification;
using Odp.Engine.Tests.Fakes.Trino;
using Odp.Engine.Tickets;

namespace Odp.Bot.Tests.Conversation;

/// <summary>
/// <c>Odp:Trino:Enforcement=sql</c> with verification, against a fake Trino whose connector enforces SQL grants: the
/// bot grants and revokes with statements, the grant is proven by querying as the requester, and no rules file is written.
/// </summary>
public sealed class SqlEnforcementTests : TrinoConversationTest
{
    private static readonly DatasetName Orders = DatasetName.Parse("lake.sales.orders");

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Odp:Trino:Enforcement"] = "sql", ["Odp:Trino:Verify"] = "true",
    };

    private protected override void Seed(FakeTrinoServer trino)
    {
        trino.Model.SqlStandardAccess = true;
        trino.AddTable("lake.sales.orders", [("order_id", "bigint")], [1L], [2L]);
        trino.Model.SetGroups("alice", "analysts");
        trino.Model.SetGroups("erin", "data-science", "analysts");
    }

    [Fact]
    public async Task TeamRequest_ApprovedThenRevoked_GrantsAndRevokesTheTeamsRoleWithSql()
    {
        await Chat.Say("alice", "/odp request lake.sales.orders --for 30d --reason \"Q3 churn model\" --team analysts");
        await Chat.Say("bob", "/odp approve ODP-1");

        await Chat.ProvisionAsync();

        var ticket = await Chat.TicketAsync("ODP-1");
        Assert.Equal(TicketState.Active, ticket.State);
        Assert.Contains(ticket.Steps, s => s.Name == TrinoVerificationStep.StepName && s.Status == StepStatus.Done);
        var grant = Assert.Single(Trino.Calls, c => c.Body.StartsWith("GRANT", StringComparison.Ordinal));
        Assert.Equal("GRANT SELECT ON TABLE \"lake\".\"sales\".\"orders\" TO ROLE \"analysts\"", grant.Body);
        Assert.Equal("odp", grant.User);
        Assert.Contains(Trino.Calls, c => c.User == "alice" && c.Body == "SELECT * FROM \"lake\".\"sales\".\"orders\" LIMIT 0");
        Assert.True(await CanSelectAsync("erin"));
        Assert.Null(Chat.Rules());

        await Chat.Say("alice", "/odp revoke ODP-1");

        Assert.Contains(Trino.Calls, c => c.Body == "REVOKE SELECT ON TABLE \"lake\".\"sales\".\"orders\" FROM ROLE \"analysts\"");
        Assert.False(await CanSelectAsync("erin"));
        Assert.False(await CanSelectAsync("alice"));
    }

    [Fact]
    public async Task PersonalRequest_Approved_GrantsTheUserOnly()
    {
        await Chat.Say("alice", "/odp request lake.sales.orders --reason \"Q3 churn model\"");
        await Chat.Say("bob", "/odp approve ODP-1");

        await Chat.ProvisionAsync();

        Assert.Equal(TicketState.Active, (await Chat.TicketAsync("ODP-1")).State);
        Assert.Contains(Trino.Calls, c => c.Body == "GRANT SELECT ON TABLE \"lake\".\"sales\".\"orders\" TO USER \"alice\"");
        Assert.True(await CanSelectAsync("alice"));
        Assert.False(await CanSelectAsync("erin"));
    }

    private Task<bool> CanSelectAsync(string user) =>
        FakeTrinoProbe.CanSelectAsync(Chat.Services.GetRequiredService<TrinoClient>(), user, Orders);

    [Fact]
    public async Task Why_SqlEnforcement_SaysItExplainsOnlyFileRules()
    {
        var reply = await Chat.Say("alice", "/odp why lake.sales.orders");

        Assert.Contains("Trino enforces SQL grants here", reply);
        Assert.Contains("/odp preview lake.sales.orders", reply);
    }
}
