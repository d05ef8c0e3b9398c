using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Odp.Engine.Access;
using Odp.Engine.Catalog;
using Odp.Engine.Integrations.Trino;
using Odp.Engine.Integrations.Trino.Client;
using Odp.Engine.Integrations.Trino.Discovery;
using Odp.Engine.Integrations.Trino.Sql;
using Odp.Engine.Tests.Fakes.Trino;
using static Odp.Engine.Tests.Integrations.Trino.Client.TrinoClientFixture;

namespace Odp.Engine.Tests.Integrations.Trino.Sql;

/// <summary>SQL enforcement against a fake Trino whose connector enforces SQL grants: the effects are observed by querying as the user.</summary>
public sealed class SqlGrantEnforcerTests : IAsyncLifetime
{
    private static readonly DatasetName Orders = DatasetName.Parse("lake.sales.orders");
    private FakeTrinoServer trino = null!;
    private TrinoClient client = null!;
    private SqlGrantEnforcer enforcer = null!;

    public async Task InitializeAsync()
    {
        trino = await SqlEnforcement.StartTrinoAsync();
        trino.Model.SetGroups("erin", "data-science", "analysts");
        trino.Model.SetGroups("dave", "finance-owners");
        client = ClientFor(trino);
        enforcer = SqlEnforcement.Enforcer(client);
    }

    public async Task DisposeAsync() => await trino.DisposeAsync();

    [Fact]
    public async Task ApplyAsync_UserGrant_GrantsAsTheBotAndTheUserCanQuery()
    {
        Assert.False(await CanSelectAsync("alice"));

        await enforcer.ApplyAsync([new Grant("ODP-1", "alice", Orders, AccessLevel.Read)], CancellationToken.None);

        var grant = Assert.Single(trino.Calls, c => c.Body.StartsWith("GRANT", StringComparison.Ordinal));
        Assert.Equal("GRANT SELECT ON TABLE \"lake\".\"sales\".\"orders\" TO USER \"alice\"", grant.Body);
        Assert.Equal(SqlEnforcement.BotUser, grant.User);
        Assert.True(await CanSelectAsync("alice"));
        Assert.False(await CanSelectAsync("bob"));
    }

    [Fact]
    public async Task ApplyAsync_SameGrantsTwice_SecondChangesNothing()
    {
        Grant[] grants = [new("ODP-1", "alice", Orders, AccessLevel.Write)];
        await enforcer.ApplyAsync(grants, CancellationToken.None);
        var before = trino.Model.Grants;

        await enforcer.ApplyAsync(grants, CancellationToken.None);

        Assert.Single(trino.Calls, c => c.Body.StartsWith("GRANT", StringComparison.Ordinal));
        Assert.Equal(before, trino.Model.Grants);
        Assert.Equal(["DELETE", "INSERT", "SELECT", "UPDATE"], trino.Model.Grants.Select(g => g.Privilege).Order());
    }

    [Fact]
    public async Task ApplyAsync_GrantNoLongerWanted_RevokesItAndTheUserIsDenied()
    {
        await enforcer.ApplyAsync([new Grant("ODP-1", "alice", Orders, AccessLevel.Read)], CancellationToken.None);

        await enforcer.ApplyAsync([], CancellationToken.None);

        Assert.Contains(trino.Calls, c => c.Body == "REVOKE SELECT ON TABLE \"lake\".\"sales\".\"orders\" FROM USER \"alice\"");
        Assert.Empty(trino.Model.Grants);
        Assert.False(await CanSelectAsync("alice"));
    }

    [Fact]
    public async Task ApplyAsync_AdminsOwnGrant_IsNeitherRevokedNorGrantedAgain()
    {
        trino.Model.Grant(new FakeTrinoGrant("admin", "USER", "carol", "lake", "sales", "orders", "SELECT"));

        await enforcer.ApplyAsync([new Grant("ODP-1", "carol", Orders, AccessLevel.Read)], CancellationToken.None);
        await enforcer.ApplyAsync([], CancellationToken.None);

        Assert.DoesNotContain(trino.Calls, c => c.Body.StartsWith("GRANT", StringComparison.Ordinal) || c.Body.StartsWith("REVOKE", StringComparison.Ordinal));
        Assert.True(await CanSelectAsync("carol"));
    }

    [Fact]
    public async Task ApplyAsync_TeamGrant_GrantsTheTeamsRoleSoMembersCanQuery()
    {
        await enforcer.ApplyAsync([new Grant("ODP-1", "alice", Orders, AccessLevel.Read, "analysts")], CancellationToken.None);

        Assert.Contains(trino.Calls, c => c.Body == "GRANT SELECT ON TABLE \"lake\".\"sales\".\"orders\" TO ROLE \"analysts\"");
        Assert.True(await CanSelectAsync("erin"));
        Assert.False(await CanSelectAsync("dave"));
    }

    [Fact]
    public async Task ApplyAsync_TeamWithoutARole_FailsSayingWhatToCreateAfterApplyingTheRest()
    {
        await enforcer.ApplyAsync([new Grant("ODP-1", "alice", Orders, AccessLevel.Read)], CancellationToken.None);

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => enforcer.ApplyAsync(
            [new Grant("ODP-2", "alice", Orders, AccessLevel.Read, "ghosts"), new Grant("ODP-3", "bob", Orders, AccessLevel.Read)],
            CancellationToken.None));

        Assert.Contains("Role 'ghosts' does not exist", e.Message);
        Assert.Contains("create the role ghosts and grant it to the team's members", e.Message);
        Assert.False(await CanSelectAsync("alice"));
        Assert.True(await CanSelectAsync("bob"));
    }

    [Fact]
    public async Task ApplyAsync_ConnectorWithoutGrants_FailsWithTrinosMessage()
    {
        trino.Model.SqlStandardAccess = false;

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            enforcer.ApplyAsync([new Grant("ODP-1", "alice", Orders, AccessLevel.Read)], CancellationToken.None));

        Assert.Contains("This connector does not support grants", e.Message);
    }

    [Fact]
    public async Task ApplyAsync_HostileTableName_QuotedEndToEnd()
    {
        var odd = new DatasetName("lake", "sales", "we\"ird; drop");
        trino.Model.AddTable(new FakeTrinoTable("lake", "sales", "we\"ird; drop", OrderColumns, [[1, "x"]]));

        await enforcer.ApplyAsync([new Grant("ODP-1", "alice", odd, AccessLevel.Read)], CancellationToken.None);

        Assert.Contains(trino.Calls, c => c.Body == "GRANT SELECT ON TABLE \"lake\".\"sales\".\"we\"\"ird; drop\" TO USER \"alice\"");
        var rows = await client.QueryAsync($"SELECT * FROM {TrinoSql.QualifiedTable(odd)}", new TrinoSession("alice"), 10, CancellationToken.None);
        Assert.Single(rows.Rows);
    }

    private Task<bool> CanSelectAsync(string user) => FakeTrinoProbe.CanSelectAsync(client, user, Orders);
}

/// <summary>The SQL enforcer wired as registered, as the bot account <see cref="BotUser"/>, over every catalog Trino lists.</summary>
internal static class SqlEnforcement
{
    public const string BotUser = "odp";

    /// <summary>A fake Trino whose connector enforces SQL grants, with <c>lake.sales.orders</c> (3 rows).</summary>
    public static async Task<FakeTrinoServer> StartTrinoAsync()
    {
        var trino = await FakeTrinoServer.StartAsync();
        trino.Model.SqlStandardAccess = true;
        SeedOrders(trino, 3);
        return trino;
    }

    public static SqlGrantEnforcer Enforcer(TrinoClient client)
    {
        var options = Options.Create(new TrinoOptions { User = BotUser, Enforcement = TrinoOptions.SqlEnforcement });
        var catalogs = new TrinoCatalogs(client, options);
        return new SqlGrantEnforcer(client, catalogs, new LiveSqlGrants(client, catalogs), options, NullLogger<SqlGrantEnforcer>.Instance);
    }
}
