using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Odp.Bot.Conversation;
using Odp.Engine.Catalog;

namespace Odp.Bot.Tests.Conversation;

public sealed class AnswerCacheTests
{
    private readonly CatalogVersion catalog = new();
    private readonly FakeTimeProvider time = new();

    private AnswerCache<Answer> Cache(int size = 512, string ttl = "1m", long maxBytes = 16 << 20) =>
        new(catalog, time, Options.Create(new AnswerCacheOptions { Size = size, Ttl = ttl, MaxBytes = maxBytes }));

    [Fact]
    public void Find_KeptAtTheCurrentVersion_ReturnsTheSameAnswer()
    {
        var cache = Cache();
        cache.Keep("search churn", cache.Version, new Answer("answer"));
        Assert.Equal("answer", cache.Find("search churn")?.Text);
        Assert.Null(cache.Find("search Churn"));
    }

    [Fact]
    public void Find_AfterTheCatalogChanged_ReturnsNothing()
    {
        var cache = Cache();
        cache.Keep("search churn", cache.Version, new Answer("old"));
        catalog.Changed();
        Assert.Null(cache.Find("search churn"));
    }

    [Fact]
    public void Keep_AnswerComputedBeforeACatalogChange_IsNeverServed()
    {
        var cache = Cache();
        var before = cache.Version;
        catalog.Changed(); // a sync wrote while the answer was being computed
        cache.Keep("search churn", before, new Answer("stale"));
        Assert.Null(cache.Find("search churn"));
    }

    [Fact]
    public void Find_AfterTheTtl_ReturnsNothing()
    {
        var cache = Cache(ttl: "1m");
        cache.Keep("help", cache.Version, new Answer("help card"));
        time.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal("help card", cache.Find("help")?.Text);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(cache.Find("help"));
    }

    [Fact]
    public void Keep_SizeZero_KeepsNothing()
    {
        var cache = Cache(size: 0);
        cache.Keep("help", cache.Version, new Answer("help card"));
        Assert.Null(cache.Find("help"));
    }

    [Fact]
    public void Keep_WhenFull_StaysWithinTheSize()
    {
        var cache = Cache(size: 3);
        foreach (var word in new[] { "a", "b", "c", "d" }) cache.Keep(word, cache.Version, new Answer(word));
        Assert.Equal("d", cache.Find("d")?.Text);
        Assert.True(new[] { "a", "b", "c" }.Count(w => cache.Find(w) is not null) <= 2);
    }

    [Fact]
    public void Keep_PastTheByteBudget_StaysWithinItKeepingTheNewest()
    {
        var cache = Cache(maxBytes: 64 * 1000);
        for (var i = 0; i < 100; i++) cache.Keep($"search word{i:D3}", cache.Version, new Answer(new string('x', 900)));

        Assert.InRange(cache.Bytes, 1, 64 * 1000);
        Assert.NotNull(cache.Find("search word099"));
    }

    [Fact]
    public void Find_AnswerAskedForAgain_OutlastsManyOneOffTexts()
    {
        var cache = Cache(size: 8);
        cache.Keep("search customer", cache.Version, new Answer("customers"));
        for (var i = 0; i < 100; i++)
        {
            cache.Keep($"search rare{i}", cache.Version, new Answer("rare"));
            Assert.Equal("customers", cache.Find("search customer")?.Text);
        }

        Assert.InRange(cache.Count, 1, 8);
    }

    [Fact]
    public void Keep_TextAndAnswerBothCount_AHugeTextIsNotKept()
    {
        var cache = Cache(maxBytes: 64 * 1000);
        cache.Keep("help", cache.Version, new Answer("help card"));

        cache.Keep("search " + new string('w', 600), cache.Version, new Answer("tiny")); // 1,214 bytes of text > 1/64 of the budget

        Assert.Null(cache.Find("search " + new string('w', 600)));
        Assert.Equal("help card", cache.Find("help")?.Text);
        Assert.Equal(2 * "help".Length + "help card".Length, cache.Bytes);
    }

    [Fact]
    public void Keep_SameTextAgain_CountsItsBytesOnce()
    {
        var cache = Cache();
        cache.Keep("help", cache.Version, new Answer("old card"));
        cache.Keep("help", cache.Version, new Answer("new card"));

        Assert.Equal("new card", cache.Find("help")?.Text);
        Assert.Equal(2 * "help".Length + "new card".Length, cache.Bytes);
    }

    [Fact]
    public void Find_ExpiredEntry_GivesItsBytesBack()
    {
        var cache = Cache(ttl: "1m");
        cache.Keep("help", cache.Version, new Answer("help card"));
        time.Advance(TimeSpan.FromMinutes(1));

        Assert.Null(cache.Find("help"));
        Assert.Equal(0, cache.Bytes);
    }

    private sealed record Answer(string Text) : ISizedAnswer
    {
        public int Bytes => Text.Length;
    }
}
