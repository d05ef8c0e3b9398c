using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Odp.Engine.Integrations.OpenMetadata;
using Odp.Engine.Tests.Fakes.OpenMetadata;
using static Odp.Engine.Tests.Fakes.OpenMetadata.OpenMetadataSamples;

namespace Odp.Engine.Tests.Integrations.OpenMetadata;

public sealed class OpenMetadataTableMapperTests
{
    [Theory]
    [InlineData("trino.hive.sales.orders", "hive.sales.orders")]
    [InlineData("pg_prod.shop.public.Orders", "lake.public.orders")]
    [InlineData("trino.\"my.db\".sales.orders", null)]
    [InlineData("trino.sales.orders", null)]
    public void TrinoName_Fqn_UsesDatabaseOrTheServiceMap(string fqn, string? expected)
    {
        var options = new OpenMetadataOptions { Catalogs = new(StringComparer.OrdinalIgnoreCase) { ["pg_prod"] = "lake" } };

        Assert.Equal(expected, OpenMetadataTestClient.Mapper(new FakeDirectory(), options).TrinoName(fqn));
    }

    [Fact]
    public async Task MapAsync_Table_MapsFieldsTagsColumnsAndOwners()
    {
        var table = Table("trino.hive.sales.orders", "Orders.", [User("alice"), Team("sales-owners"), User("x", "Bob Jones")], "PII.Sensitive", "Tier.Tier1");

        var mapped = await OpenMetadataTestClient.Mapper(new FakeDirectory()).MapAsync(table, CancellationToken.None);

        Assert.NotNull(mapped);
        var dataset = mapped.Value.Dataset;
        Assert.Equal("hive.sales.orders", dataset.Name);
        Assert.Equal("Orders.", dataset.Description);
        Assert.Equal(["PII.Sensitive", "Tier.Tier1"], dataset.Tags);
        Assert.Equal("Sales", dataset.Domain);
        Assert.Equal(["user:alice", "group:sales-owners", "user:bob"], dataset.Owners);
        Assert.Equal(("amount", "decimal"), (dataset.Columns[1].Name, dataset.Columns[1].Type));
        Assert.Empty(mapped.Value.Unmapped);
    }

    [Fact]
    public async Task MapAsync_OwnerByEmail_MapsToDirectoryUser()
    {
        var mapped = await OpenMetadataTestClient.Mapper(new FakeDirectory()).MapAsync(
            Table("trino.hive.sales.orders", owners: [User("bob@example.com")]), CancellationToken.None);

        Assert.Equal(["user:bob"], mapped!.Value.Dataset.Owners);
    }

    [Fact]
    public async Task MapAsync_UnknownOwnerTwice_WarnsOnceAndReportsBothTimes()
    {
        var logger = new ListLogger<OpenMetadataOwnerMapper>();
        var mapper = new OpenMetadataTableMapper(Options.Create(new OpenMetadataOptions()), new OpenMetadataOwnerMapper(new FakeDirectory(), logger));
        var table = Table("trino.hive.sales.orders", owners: [User("carol"), User("alice")]);

        var first = await mapper.MapAsync(table, CancellationToken.None);
        var second = await mapper.MapAsync(table, CancellationToken.None);

        Assert.Equal(["user:carol"], first!.Value.Unmapped);
        Assert.Equal(["user:carol"], second!.Value.Unmapped);
        Assert.Equal(["user:alice"], second.Value.Dataset.Owners);
        Assert.Single(logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("user:carol", StringComparison.Ordinal));
    }
}
