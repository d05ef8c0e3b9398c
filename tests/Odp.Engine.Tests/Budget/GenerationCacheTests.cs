using Odp.Engine.Budget;

namespace Odp.Engine.Tests.Budget;

public sealed class GenerationCacheTests
{
    [Fact]
    public void Keep_PastTheEntryBudget_NeverHoldsMore()
    {
        var cache = new GenerationCache<int, string>(maxEntries: 10, maxBytes: 1_000_000);

        for (var i = 0; i < 1_000; i++)
        {
            cache.Keep(i, "v", 1);
            Assert.InRange(cache.Count, 1, 10);
        }
    }

    [Fact]
    public void Keep_PastTheByteBudget_NeverHoldsMore()
    {
        var cache = new GenerationCache<int, string>(maxEntries: int.MaxValue, maxBytes: 1_000);

        for (var i = 0; i < 1_000; i++)
        {
            cache.Keep(i, "v", 30);
            Assert.InRange(cache.Bytes, 30, 1_000);
        }
    }

    [Fact]
    public void TryGet_EntryUsedAgain_SurvivesTheGenerationsOthersPassThrough()
    {
        var cache = new GenerationCache<string, int>(maxEntries: 4, maxBytes: 1_000);
        cache.Keep("hot", 1, 1);

        for (var i = 0; i < 50; i++)
        {
            cache.Keep($"cold{i}", i, 1);
            Assert.True(cache.TryGet("hot", out var value));
            Assert.Equal(1, value);
        }

        Assert.False(cache.TryGet("cold0", out _));
    }

    [Fact]
    public void Keep_ValueOverHalfTheBudget_IsNotKept()
    {
        var cache = new GenerationCache<string, int>(maxEntries: 10, maxBytes: 100);

        cache.Keep("huge", 1, 51);

        Assert.False(cache.TryGet("huge", out _));
        Assert.Equal(0, cache.Bytes);
    }

    [Fact]
    public void Forget_KeptEntry_IsGoneWithItsBytes()
    {
        var cache = new GenerationCache<string, int>(maxEntries: 10, maxBytes: 100);
        cache.Keep("a", 1, 7);

        cache.Forget("a");

        Assert.False(cache.TryGet("a", out _));
        Assert.Equal(0, cache.Bytes);
    }
}
