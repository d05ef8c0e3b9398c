using Microsoft.Extensions.DependencyInjection;
using Odp.Bot.Tests.Fakes;
using Odp.Engine.Integrations.Trino;
using Odp.Engine.Tests.Fakes.Trino;

namespace Odp.Bot.Tests.Conversation;

/// <summary><c>/odp preview</c> against a fake Trino that enforces a rules file granting alice <c>lake.sales.orders</c>.</summary>
public sealed class PreviewTests : IAsyncLifetime
{
    private readonly string rules = Path.Combine(Path.GetTempPath(), "odp-preview-" + Guid.NewGuid().ToString("N") + ".json");
    private FakeTrinoServer trino = null!;
    private ChatHarness chat = null!;

    public async Task InitializeAsync()
    {
        trino = await FakeTrinoServer.StartAsync();
        trino.AddTable("lake.sales.orders", [("order_id", "bigint"), ("customer", "varchar")],
            [.. Enumerable.Range(1, 12).Select(i => new object?[] { i, i == 1 ? "Ada Lovelace" : $"c{i}" })]);
        File.WriteAllText(rules, """
            {"catalogs":[{"catalog":"lake","allow":"read-only"}],
             "tables":[{"user":"alice","catalog":"lake","schema":"sales","table":"orders","privileges":["SELECT"]}]}
            """);
        trino.RulesFile = rules;
        chat = ChatHarness.Start(services => services.Configure<TrinoOptions>(o =>
        {
            o.Queries = true;
            o.CoordinatorUrl = trino.BaseUrl.ToString();
        }));
    }

    public async Task DisposeAsync()
    {
        await chat.DisposeAsync();
        await trino.DisposeAsync();
        File.Delete(rules);
    }

    [Fact]
    public async Task Preview_AllowedUser_ShowsTenRowsAsAlignedTextQueriedAsThem()
    {
        var reply = await chat.Say("alice", "/odp preview lake.sales.orders");

        Assert.Contains("first 10 row(s) as alice", reply);
        Assert.Contains("order_id | customer", reply);
        Assert.Contains("1        | Ada Lovelace", reply);
        Assert.Contains("10       | c10", reply);
        Assert.DoesNotContain("c11", reply);
        var post = Assert.Single(trino.Calls, c => c.Method == "POST");
        Assert.Equal("alice", post.User);
        Assert.Equal("""SELECT * FROM "lake"."sales"."orders" LIMIT 10""", post.Body);
    }

    [Fact]
    public async Task Preview_DeniedUser_ExplainsTrinosRefusalAndHowToAsk()
    {
        var reply = await chat.Say("bob", "/odp preview lake.sales.orders");

        Assert.Contains("Trino refused: Access Denied: Cannot select from table lake.sales.orders", reply);
        Assert.Contains("/odp request lake.sales.orders --reason", reply);
        Assert.Equal("bob", Assert.Single(trino.Calls, c => c.Method == "POST").User);
    }

    [Fact]
    public async Task Preview_QueriesNotEnabled_SaysItNeedsATrinoConnection()
    {
        await using var plain = ChatHarness.Start();

        var reply = await plain.Say("alice", "/odp preview lake.sales.orders");

        Assert.Contains("Preview needs a Trino connection", reply);
        Assert.Empty(trino.Calls);
    }
}
