using Microsoft.Extensions.Options;
using Odp.Engine.Errors;
using Odp.Engine.Integrations.Trino;
using Odp.Engine.Integrations.Trino.Preview;
using Odp.Engine.Tests.Fakes.Trino;
using Odp.Engine.Tests.Integrations.Trino.Client;

namespace Odp.Engine.Tests.Integrations.Trino.Preview;

/// <summary>
/// <see cref="PreviewTable"/> against a fake Trino enforcing a rules file that lets alice read <c>lake.sales.orders</c>:
/// rows as the asking user, Trino's refusal as a kind error with a typed hint and no chat syntax.
/// </summary>
public sealed class PreviewTableTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly string rules = Path.Combine(Path.GetTempPath(), "odp-preview-" + Guid.NewGuid().ToString("N") + ".json");
    private FakeTrinoServer trino = null!;
    private PreviewTable previews = null!;

    public async Task InitializeAsync()
    {
        trino = await FakeTrinoServer.StartAsync();
        TrinoClientFixture.SeedOrders(trino, 12);
        File.WriteAllText(rules, """
            {"catalogs":[{"catalog":"lake","allow":"read-only"}],
             "tables":[{"user":"alice","catalog":"lake","schema":"sales","table":"orders","privileges":["SELECT"]}]}
            """);
        trino.RulesFile = rules;
        previews = new PreviewTable(TrinoClientFixture.ClientFor(trino), Options.Create(new TrinoOptions { Queries = true }));
    }

    public async Task DisposeAsync()
    {
        await trino.DisposeAsync();
        File.Delete(rules);
    }

    [Fact]
    public async Task PreviewAsync_AllowedUser_FirstTenRowsQueriedAsThem()
    {
        var preview = await previews.PreviewAsync("alice", "lake.sales.orders", None);

        Assert.Equal(PreviewTable.Rows, preview.Result.Rows.Count);
        Assert.Equal("alice", Assert.Single(trino.Calls, c => c.Method == "POST").User);
    }

    [Fact]
    public async Task PreviewAsync_TrinoRefuses_NotAllowedWithARequestAccessHintAndNoChatSyntax()
    {
        var e = await Assert.ThrowsAsync<NotAllowedException>(() => previews.PreviewAsync("bob", "lake.sales.orders", None));

        Assert.StartsWith("Trino refused: Access Denied", e.Message);
        Assert.DoesNotContain("/odp", e.Message);
        Assert.Equal(new RequestAccessHint("lake.sales.orders"), e.Hint);
    }

    [Theory]
    [InlineData("orders")]
    [InlineData("")]
    public async Task PreviewAsync_NotATableName_InvalidRequestAndNothingAsked(string name)
    {
        var e = await Assert.ThrowsAsync<InvalidRequestException>(() => previews.PreviewAsync("alice", name, None));

        Assert.Contains("is not a table name like catalog.schema.table", e.Message);
        Assert.Empty(trino.Calls);
    }
}
