using Microsoft.Extensions.DependencyInjection;
using Odp.Bot.Tests.Fakes;
using Odp.Engine.Catalog;

namespace Odp.Bot.Tests.Conversation;

/// <summary><c>/odp show</c> lists upstream and downstream datasets when a lineage source (OpenMetadata) is on.</summary>
public sealed class ShowLineageTests
{
    [Fact]
    public async Task Show_LineageSourceKnowsDataset_ListsUpstreamAndDownstream()
    {
        var lineage = new DatasetLineage(["lake.raw.orders_raw"], ["lake.sales.daily_revenue"]);
        await using var chat = ChatHarness.Start(s => s.AddSingleton<IDatasetLineage>(new FixedLineage(lineage)));

        var shown = await chat.Say("alice", "/odp show lake.sales.orders");

        Assert.Contains("Upstream:   lake.raw.orders_raw", shown);
        Assert.Contains("Downstream: lake.sales.daily_revenue", shown);
    }

    [Fact]
    public async Task Show_NoLineageSource_HasNoLineageBlock()
    {
        await using var chat = ChatHarness.Start();

        var shown = await chat.Say("alice", "/odp show lake.sales.orders");

        Assert.Contains("order_id (bigint)", shown);
        Assert.DoesNotContain("Lineage", shown);
    }

    private sealed class FixedLineage(DatasetLineage lineage) : IDatasetLineage
    {
        public Task<DatasetLineage?> GetAsync(string name, CancellationToken cancellationToken) => Task.FromResult<DatasetLineage?>(lineage);
    }
}
