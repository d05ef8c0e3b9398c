using Odp.Engine.Integrations.Http;
using Odp.Engine.Integrations.OpenMetadata;
using Odp.Engine.Tests.Fakes.OpenMetadata;
using static Odp.Engine.Tests.Fakes.OpenMetadata.OpenMetadataSamples;

namespace Odp.Engine.Tests.Integrations.OpenMetadata;

public sealed class OpenMetadataClientTests
{
    [Fact]
    public async Task ListTablesAsync_SeveralPages_FollowsAfterCursorToTheEnd()
    {
        await using var server = await FakeOpenMetadataServer.StartAsync();
        for (var i = 0; i < 5; i++) server.Tables.Add(Table($"trino.hive.sales.t{i}"));
        var client = OpenMetadataTestClient.Create(server.Url, FakeOpenMetadataServer.Token, new ImmediateTimeProvider());

        var tables = await ToListAsync(client.ListTablesAsync(2, CancellationToken.None));

        Assert.Equal(["t0", "t1", "t2", "t3", "t4"], tables.Select(t => t.Table!.Name));
        Assert.Equal(3, server.Calls.Count);
        Assert.Contains(server.Calls, c => c.Contains("after=c2", StringComparison.Ordinal));
        Assert.All(server.Calls, c => Assert.Contains("fields=owners,tags,columns,domain&limit=2", c, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ListTablesAsync_MalformedTableInAPage_ComesBackWithItsProblemBetweenTheGoodOnes()
    {
        await using var server = await FakeOpenMetadataServer.StartAsync();
        server.Tables.AddRange([Table("trino.hive.sales.a"), Table("trino.hive.sales.b"), Table("trino.hive.sales.c")]);
        server.Tamper["trino.hive.sales.b"] = json => json["owners"] = new System.Text.Json.Nodes.JsonObject { ["id"] = 42 };
        var client = OpenMetadataTestClient.Create(server.Url, FakeOpenMetadataServer.Token, new ImmediateTimeProvider());

        var entries = await ToListAsync(client.ListTablesAsync(10, CancellationToken.None));

        Assert.Equal(["a", null, "c"], entries.Select(e => e.Table?.Name));
        Assert.StartsWith($"table trino.hive.sales.b (id {server.Tables[1].Id})", entries[1].Entity, StringComparison.Ordinal);
        Assert.Contains("$.owners", entries[1].Problem, StringComparison.Ordinal);
        Assert.Single(server.Calls);
    }

    [Fact]
    public async Task ListTablesAsync_BadToken_ThrowsNamingTheTokenSetting()
    {
        await using var server = await FakeOpenMetadataServer.StartAsync();
        var client = OpenMetadataTestClient.Create(server.Url, "expired", new ImmediateTimeProvider());

        var error = await Assert.ThrowsAsync<OpenMetadataException>(() => ToListAsync(client.ListTablesAsync(10, CancellationToken.None)));

        Assert.Equal(401, error.StatusCode);
        Assert.Contains("wrong or expired", error.Message, StringComparison.Ordinal);
        Assert.Contains("Odp:OpenMetadata:Token", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("expired\"", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Calls);
    }

    [Fact]
    public async Task ListTablesAsync_ServiceUnavailableOnce_RetriesAfterBackoffOnTheClock()
    {
        await using var server = await FakeOpenMetadataServer.StartAsync();
        server.Tables.Add(Table("trino.hive.sales.orders"));
        server.FailNext(503);
        var time = new ImmediateTimeProvider();
        var client = OpenMetadataTestClient.Create(server.Url, FakeOpenMetadataServer.Token, time);

        var tables = await ToListAsync(client.ListTablesAsync(10, CancellationToken.None));

        Assert.Single(tables);
        Assert.Equal(2, server.Calls.Count);
        Assert.Contains(time.Delays, d => d > TimeSpan.Zero && d <= TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task ListTablesAsync_ServiceUnavailableEveryTime_GivesUpAfterBoundedRetries()
    {
        await using var server = await FakeOpenMetadataServer.StartAsync();
        server.FailNext(503, 10);
        var client = OpenMetadataTestClient.Create(server.Url, FakeOpenMetadataServer.Token, new ImmediateTimeProvider());

        var error = await Assert.ThrowsAsync<OpenMetadataException>(() => ToListAsync(client.ListTablesAsync(10, CancellationToken.None)));

        Assert.Equal(503, error.StatusCode);
        Assert.Equal(Backends.Defaults(Backends.OpenMetadata).MaxAttempts, server.Calls.Count);
    }

    [Fact]
    public async Task SearchTablesAsync_NameQuery_ReturnsSourcesOfHits()
    {
        await using var server = await FakeOpenMetadataServer.StartAsync();
        server.Tables.AddRange([Table("trino.hive.sales.orders"), Table("trino.hive.sales.customers")]);
        var client = OpenMetadataTestClient.Create(server.Url, FakeOpenMetadataServer.Token, new ImmediateTimeProvider());

        var hits = await client.SearchTablesAsync("name:orders", 10, CancellationToken.None);

        Assert.Equal(["trino.hive.sales.orders"], hits.Select(h => h.FullyQualifiedName));
        Assert.Contains("index=table_search_index", server.Calls.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetLineageAsync_UnknownTable_ReturnsNull()
    {
        await using var server = await FakeOpenMetadataServer.StartAsync();
        var client = OpenMetadataTestClient.Create(server.Url, FakeOpenMetadataServer.Token, new ImmediateTimeProvider());

        Assert.Null(await client.GetLineageAsync("trino.hive.sales.nope", 1, CancellationToken.None));
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items) list.Add(item);
        return list;
    }
}
