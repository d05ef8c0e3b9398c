using Microsoft.Extensions.DependencyInjection;
using Odp.Bot.Tests.Fakes;
using Odp.Engine.Catalog;

namespace Odp.Bot.Tests.Conversation;

/// <summary>Failures that are not the user's fault show a reference, never the details.</summary>
public sealed class InternalErrorTests
{
    [Fact]
    public async Task Search_WhenTheCatalogBreaks_ShowsSomethingWentWrongWithARefAndNoDetails()
    {
        await using var chat = ChatHarness.Start(s => s.AddSingleton<ICatalog>(new BrokenCatalog()));

        var reply = await chat.Say("alice", "/odp search churn");

        Assert.Matches(@"Something went wrong on our side \(ref [0-9a-f]{8}\)", reply);
        Assert.DoesNotContain("password=hunter2", reply);
    }

    private sealed class BrokenCatalog : ICatalog
    {
        public Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("connection failed: password=hunter2");

        public Task<Dataset?> GetAsync(string name, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("connection failed: password=hunter2");
    }
}
