using Microsoft.Extensions.DependencyInjection;
using Odp.Bot.Tests.Fakes;
using Odp.Engine.Integrations.Trino.Client;
using Odp.Engine.Integrations.Trino.Verification;
using Odp.Engine.Tests.Fakes.Trino;
using Odp.Engine.Tickets;

namespace Odp.Bot.Tests.Conversation;

/// <summary>
/// <c>Odp:Trino:Enforcement=sql</c> with verification, against a fake Trino whose connector enforces SQL grants: the
/// bot grants and revokes with statements, the grant is proven by querying as the requester, and no rules file is written.
/// </summary>
public sealed class SqlEnforcementTests : IAsyncLifetime
{
    private FakeTrinoServer trino = null!;
    private ChatHarness chat = null!;

    public async Task InitializeAsync()
    {
        trino = await FakeTrinoServer.StartAsync();
        trino.Model.SqlStandardAccess = true;
        trino.AddTable("lake.sales.orders", [("order_id", "bigint")], [1L], [2L]);
        trino.Model.SetGroups("alice", "analysts");
        trino.Model.SetGroups("erin", "data-science", "analysts");
        chat = ChatHarness.Start(new Dictionary<string, string?>
        {
            ["Odp:Trino:Enforcement"] = "sql", ["Odp:Trino:User"] = "odp", ["Odp:Trino:Verify"] = "true",
            ["Odp:Trino:CoordinatorUrl"] = trino.BaseUrl.ToString(),
        });
    }

    public async Task DisposeAsync()
    {
        await chat.DisposeAsync();
        await trino.DisposeAsync();
    }

    [Fact]
    public async Task TeamRequest_ApprovedThenRevoked_GrantsAndRevokesTheTeamsRoleWithSql()
    {
        await chat.Say("alice", "/odp request lake.sales.orders --for 30d --reason \"Q3 churn model\" --team analysts");
        await chat.Say("bob", "/odp approve ODP-1");

        await chat.ProvisionAsync();

        var ticket = await chat.TicketAsync("ODP-1");
        Assert.Equal(TicketState.Active, ticket.State);
        Assert.Contains(ticket.Steps, s => s.Name == TrinoVerificationStep.StepName && s.Status == StepStatus.Done);
        var grant = Assert.Single(trino.Calls, c => c.Body.StartsWith("GRANT", StringComparison.Ordinal));
        Assert.Equal("GRANT SELECT ON TABLE \"lake\".\"sales\".\"orders\" TO ROLE \"analysts\"", grant.Body);
        Assert.Equal("odp", grant.User);
        Assert.Contains(trino.Calls, c => c.User == "alice" && c.Body == "SELECT * FROM \"lake\".\"sales\".\"orders\" LIMIT 0");
        Assert.True(await CanSelectAsync("erin"));
        Assert.Null(chat.Rules());

        await chat.Say("alice", "/odp revoke ODP-1");

        Assert.Contains(trino.Calls, c => c.Body == "REVOKE SELECT ON TABLE \"lake\".\"sales\".\"orders\" FROM ROLE \"analysts\"");
        Assert.False(await CanSelectAsync("erin"));
        Assert.False(await CanSelectAsync("alice"));
    }

    [Fact]
    public async Task PersonalRequest_Approved_GrantsTheUserOnly()
    {
        await chat.Say("alice", "/odp request lake.sales.orders --reason \"Q3 churn model\"");
        await chat.Say("bob", "/odp approve ODP-1");

        await chat.ProvisionAsync();

        Assert.Equal(TicketState.Active, (await chat.TicketAsync("ODP-1")).State);
        Assert.Contains(trino.Calls, c => c.Body == "GRANT SELECT ON TABLE \"lake\".\"sales\".\"orders\" TO USER \"alice\"");
        Assert.True(await CanSelectAsync("alice"));
        Assert.False(await CanSelectAsync("erin"));
    }

    private async Task<bool> CanSelectAsync(string user)
    {
        try
        {
            await chat.Services.GetRequiredService<TrinoClient>()
                .QueryAsync("SELECT * FROM \"lake\".\"sales\".\"orders\" LIMIT 0", new TrinoSession(user), 0, CancellationToken.None);
            return true;
        }
        catch (TrinoQueryException e) when (e.IsAccessDenied)
        {
            return false;
        }
    }

    [Fact]
    public async Task Why_SqlEnforcement_SaysItExplainsOnlyFileRules()
    {
        var reply = await chat.Say("alice", "/odp why lake.sales.orders");

        Assert.Contains("Trino enforces SQL grants here", reply);
        Assert.Contains("/odp preview lake.sales.orders", reply);
    }
}
