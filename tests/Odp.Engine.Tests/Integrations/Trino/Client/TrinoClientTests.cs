using Odp.Bot.Tests.Fakes;
using Odp.Engine.Integrations.Trino;
using Odp.Engine.Integrations.Trino.Client;
using Odp.Engine.Tests.Fakes.Trino;
using static Odp.Engine.Tests.Integrations.Trino.Client.TrinoClientFixture;

namespace Odp.Engine.Tests.Integrations.Trino.Client;

public sealed class TrinoClientTests : IAsyncLifetime
{
    private const string SelectOrders = """SELECT * FROM "lake"."sales"."orders" LIMIT 10""";
    private FakeTrinoServer trino = null!;

    public async Task InitializeAsync() => trino = await FakeTrinoServer.StartAsync();

    public async Task DisposeAsync() => await trino.DisposeAsync();

    [Fact]
    public async Task QueryAsync_QueuedThenMultiplePages_ReadsColumnsAndEveryRow()
    {
        SeedOrders(trino, 5);

        var result = await ClientFor(trino).QueryAsync(SelectOrders, new TrinoSession("alice"), 100, CancellationToken.None);

        Assert.Equal([new TrinoColumn("order_id", "bigint"), new TrinoColumn("customer", "varchar")], result.Columns);
        Assert.Equal(Enumerable.Range(1, 5), result.Rows.Select(r => r.Values[0].GetInt32()));
        Assert.Equal("customer 5", result.Rows[^1].Text(1));
        Assert.False(result.Truncated);
        // POST (queued), GET columns, three GETs of data (2+2+1), GET finished.
        Assert.Equal(["POST", "GET", "GET", "GET", "GET", "GET"], trino.Calls.Select(c => c.Method));
    }

    [Fact]
    public async Task QueryAsync_FailurePage_ThrowsWithNameTypeCodeAndLocation()
    {
        var e = await Assert.ThrowsAsync<TrinoQueryException>(() =>
            ClientFor(trino).QueryAsync("SELEC 1", new TrinoSession("alice"), 10, CancellationToken.None));

        Assert.Equal("SYNTAX_ERROR", e.ErrorName);
        Assert.Equal("USER_ERROR", e.ErrorType);
        Assert.Equal(1, e.ErrorCode);
        Assert.Equal((1, 1), (e.Line, e.Column));
        Assert.Contains("mismatched input", e.Message);
        Assert.DoesNotContain(trino.Calls, c => c.Method == "DELETE");
    }

    [Fact]
    public async Task QueryAsync_TwoServiceUnavailable_RetriesAfterShortBackoffOnInjectedClock()
    {
        SeedOrders(trino, 1);
        trino.FailNext(503, 502);
        var time = new TimerWatchingTimeProvider();

        var query = ClientFor(trino, time).QueryAsync(SelectOrders, new TrinoSession("alice"), 10, CancellationToken.None);
        await time.WaitForTimerAsync(TimeSpan.FromMilliseconds(50));
        time.Advance(TimeSpan.FromMilliseconds(50));
        await time.WaitForTimerAsync(TimeSpan.FromMilliseconds(100));
        time.Advance(TimeSpan.FromMilliseconds(100));

        Assert.Single((await query).Rows);
        Assert.Equal(3, trino.Calls.Count(c => c.Method == "POST"));
    }

    [Fact]
    public async Task QueryAsync_RateLimited_WaitsRetryAfterBeforeSendingAgain()
    {
        SeedOrders(trino, 1);
        trino.RetryAfterSeconds = 3;
        trino.FailNext(429);
        var time = new TimerWatchingTimeProvider();

        var query = ClientFor(trino, time).QueryAsync(SelectOrders, new TrinoSession("alice"), 10, CancellationToken.None);
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(3));
        Assert.False(query.IsCompleted);
        Assert.Single(trino.Calls);
        time.Advance(TimeSpan.FromSeconds(3));

        Assert.Single((await query).Rows);
    }

    [Fact]
    public async Task QueryAsync_RowCapReached_StopsAndCancelsWithDelete()
    {
        SeedOrders(trino, 7);

        var result = await ClientFor(trino).QueryAsync(SelectOrders, new TrinoSession("alice"), 3, CancellationToken.None);

        Assert.True(result.Truncated);
        Assert.Equal(3, result.Rows.Count);
        var delete = Assert.Single(trino.Calls, c => c.Method == "DELETE");
        Assert.StartsWith("/v1/statement/", delete.Path);
    }

    [Fact]
    public async Task StreamAsync_CapReached_StopsReadingAndCancels()
    {
        SeedOrders(trino, 9);

        var rows = new List<TrinoRow>();
        await foreach (var row in ClientFor(trino).StreamAsync(SelectOrders, new TrinoSession("alice"), 2, CancellationToken.None)) rows.Add(row);

        Assert.Equal(2, rows.Count);
        Assert.Single(trino.Calls, c => c.Method == "DELETE");
        Assert.Equal(2, trino.Calls.Count(c => c.Method == "GET"));
    }

    [Fact]
    public async Task QueryAsync_Session_SendsUserSourceTagsCatalogSchemaAndStripsSemicolon()
    {
        SeedOrders(trino, 1);

        await ClientFor(trino).QueryAsync(SelectOrders + ";", new TrinoSession("alice") { Catalog = "lake", Schema = "sales" }, 10, CancellationToken.None);

        var post = trino.Calls[0];
        Assert.Equal(SelectOrders, post.Body);
        Assert.Equal("alice", post.User);
        Assert.Equal("odp", post.Headers["X-Trino-Source"]);
        Assert.Equal("odp", post.Headers["X-Trino-Client-Tags"]);
        Assert.Equal(("lake", "sales"), (post.Headers["X-Trino-Catalog"], post.Headers["X-Trino-Schema"]));
        Assert.Null(post.Authorization);
    }

    [Fact]
    public async Task QueryAsync_SetAndClearHeaders_UpdateTheSession()
    {
        SeedOrders(trino, 1);
        trino.PostResponseHeaders["X-Trino-Set-Catalog"] = "hive";
        trino.PostResponseHeaders["X-Trino-Set-Schema"] = "web";
        trino.PostResponseHeaders["X-Trino-Set-Session"] = "query_max_run_time=5m,label=a+b%2Cc";
        trino.PostResponseHeaders["X-Trino-Clear-Session"] = "old";
        var session = new TrinoSession("alice");
        session.SetProperty("old", "1");

        await ClientFor(trino).QueryAsync(SelectOrders, session, 10, CancellationToken.None);

        Assert.Equal(("hive", "web"), (session.Catalog, session.Schema));
        Assert.Equal(new Dictionary<string, string> { ["query_max_run_time"] = "5m", ["label"] = "a b,c" }, session.Properties);
    }

    [Fact]
    public async Task QueryAsync_BasicCredentials_SentOnEveryRequest()
    {
        SeedOrders(trino, 1);
        trino.RequiredAuthorization = "Basic " + Convert.ToBase64String("odp-bot:s3cret"u8.ToArray());

        var result = await ClientFor(trino, options: new TrinoOptions { User = "odp-bot", Password = "s3cret" })
            .QueryAsync(SelectOrders, new TrinoSession("alice"), 10, CancellationToken.None);

        Assert.Single(result.Rows);
        Assert.All(trino.Calls, c => Assert.Equal(trino.RequiredAuthorization, c.Authorization));
    }

    [Fact]
    public async Task QueryAsync_Token_SentAsBearer()
    {
        SeedOrders(trino, 1);
        trino.RequiredAuthorization = "Bearer tok.en";

        var result = await ClientFor(trino, options: new TrinoOptions { Token = "tok.en" })
            .QueryAsync(SelectOrders, new TrinoSession("alice"), 10, CancellationToken.None);

        Assert.Single(result.Rows);
    }

    [Fact]
    public async Task QueryAsync_WrongCredentials_ThrowsWithStatus()
    {
        trino.RequiredAuthorization = "Bearer right";

        var e = await Assert.ThrowsAsync<HttpRequestException>(() => ClientFor(trino, options: new TrinoOptions { Token = "wrong" })
            .QueryAsync(SelectOrders, new TrinoSession("alice"), 10, CancellationToken.None));

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, e.StatusCode);
        Assert.DoesNotContain("wrong", e.Message);
    }
}
