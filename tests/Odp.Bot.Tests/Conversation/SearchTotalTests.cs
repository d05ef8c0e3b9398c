using Lucene.Net.Store;
using Microsoft.Extensions.DependencyInjection;
using Odp.Bot.Tests.Fakes;
using Odp.Engine.Catalog;
using Odp.Engine.Catalog.Index;

namespace Odp.Bot.Tests.Conversation;

/// <summary>A search with more than ten thousand matches counts every one and pages.</summary>
public sealed class SearchTotalTests
{
    [Fact]
    public async Task Search_TensOfThousandsOfMatches_ShowsTheExactTotalAndPages()
    {
        using var index = new LuceneCatalogIndex(new RAMDirectory());
        await index.UpsertAsync([
            .. Enumerable.Range(0, 10_050).Select(i =>
                new Dataset($"lake.zoo.t{i:D5}", i % 2 == 0 ? "zebra" : "zebras", ["group:sales-owners"], [], "zoo", [])),
        ], CancellationToken.None);
        await using var chat = ChatHarness.Start(services => services.AddSingleton<ICatalog>(index));

        var reply = await chat.Say("alice", "/odp search zebra");

        Assert.Contains("Showing 5 of 10,050", reply);
        Assert.Contains("[More → /odp search zebra --page 2]", reply);
        Assert.Contains("lake.zoo.t00000", reply);
    }
}
