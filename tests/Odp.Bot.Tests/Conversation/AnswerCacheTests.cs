using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Odp.Bot.Conversation;
using Odp.Engine.Catalog;

namespace Odp.Bot.Tests.Conversation;

public sealed class AnswerCacheTests
{
    private readonly CatalogVersion catalog = new();
    private readonly FakeTimeProvider time = new();

    private AnswerCache<string> Cache(int size = 512, string ttl = "1m") =>
        new(catalog, time, Options.Create(new AnswerCacheOptions { Size = size, Ttl = ttl }));

    [Fact]
    public void Find_KeptAtTheCurrentVersion_ReturnsTheSameAnswer()
    {
        var cache = Cache();
        cache.Keep("search churn", cache.Version, "answer");
        Assert.Equal("answer", cache.Find("search churn"));
        Assert.Null(cache.Find("search Churn"));
    }

    [Fact]
    public void Find_AfterTheCatalogChanged_ReturnsNothing()
    {
        var cache = Cache();
        cache.Keep("search churn", cache.Version, "old");
        catalog.Changed();
        Assert.Null(cache.Find("search churn"));
    }

    [Fact]
    public void Keep_AnswerComputedBeforeACatalogChange_IsNeverServed()
    {
        var cache = Cache();
        var before = cache.Version;
        catalog.Changed(); // a sync wrote while the answer was being computed
        cache.Keep("search churn", before, "stale");
        Assert.Null(cache.Find("search churn"));
    }

    [Fact]
    public void Find_AfterTheTtl_ReturnsNothing()
    {
        var cache = Cache(ttl: "1m");
        cache.Keep("help", cache.Version, "help card");
        time.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal("help card", cache.Find("help"));
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(cache.Find("help"));
    }

    [Fact]
    public void Keep_SizeZero_KeepsNothing()
    {
        var cache = Cache(size: 0);
        cache.Keep("help", cache.Version, "help card");
        Assert.Null(cache.Find("help"));
    }

    [Fact]
    public void Keep_WhenFull_StaysWithinTheSize()
    {
        var cache = Cache(size: 3);
        foreach (var word in new[] { "a", "b", "c", "d" }) cache.Keep(word, cache.Version, word);
        Assert.Equal("d", cache.Find("d"));
        Assert.True(new[] { "a", "b", "c" }.Count(w => cache.Find(w) is not null) <= 2);
    }
}
