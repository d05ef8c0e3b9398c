using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Odp.Engine.Integrations.OpenMetadata;
using Odp.Engine.Tests.Fakes.OpenMetadata;
using static Odp.Engine.Tests.Fakes.OpenMetadata.OpenMetadataSamples;

namespace Odp.Engine.Tests.Integrations.OpenMetadata;

public sealed class OpenMetadataLineageTests
{
    [Fact]
    public async Task GetAsync_TableWithEdges_ListsUpstreamAndDownstreamTrinoNames()
    {
        await using var server = await FakeOpenMetadataServer.StartAsync();
        var orders = Table("trino.hive.sales.orders");
        var raw = Table("trino.hive.raw.orders_raw");
        var daily = Table("trino.hive.sales.daily_revenue");
        var dashboard = new OmEntityReference(Guid.NewGuid(), "dashboard", "revenue", "superset.revenue", "Revenue board");
        server.Tables.Add(orders);
        server.Lineage[orders.FullyQualifiedName] = new OmLineage(
            Node(orders),
            [Node(raw), Node(daily), dashboard],
            [new OmEdge(raw.Id, orders.Id)],
            [new OmEdge(orders.Id, daily.Id), new OmEdge(orders.Id, dashboard.Id)]);
        var lineage = Create(server);

        var result = await lineage.GetAsync("hive.sales.orders", CancellationToken.None);

        Assert.NotNull(result);
        Assert.Equal(["hive.raw.orders_raw"], result.Upstream);
        Assert.Equal(["dashboard Revenue board", "hive.sales.daily_revenue"], result.Downstream);
        Assert.Contains(server.Calls, c => c.Contains("search/query", StringComparison.Ordinal));
        Assert.Contains(server.Calls, c => c.Contains("upstreamDepth=1&downstreamDepth=1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetAsync_ServerRefusesToken_ReturnsNull()
    {
        await using var server = await FakeOpenMetadataServer.StartAsync();
        var client = OpenMetadataTestClient.Create(server.Url, "wrong", new ImmediateTimeProvider());
        var lineage = new OpenMetadataLineage(client, OpenMetadataTestClient.Mapper(new FakeDirectory()), new OpenMetadataNames(),
            Options.Create(new OpenMetadataOptions()), NullLogger<OpenMetadataLineage>.Instance);

        Assert.Null(await lineage.GetAsync("hive.sales.orders", CancellationToken.None));
    }

    private static OpenMetadataLineage Create(FakeOpenMetadataServer server) => new(
        OpenMetadataTestClient.Create(server.Url, FakeOpenMetadataServer.Token, new ImmediateTimeProvider()),
        OpenMetadataTestClient.Mapper(new FakeDirectory()),
        new OpenMetadataNames(),
        Options.Create(new OpenMetadataOptions()),
        NullLogger<OpenMetadataLineage>.Instance);
}
