using Odp.Engine.Budget;

namespace Odp.Engine.Tests.Budget;

/// <summary>The table never holds more than its entries and bytes, whatever keys it is given.</summary>
public sealed class BoundedTableTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = Now.AddMinutes(1);

    [Fact]
    public void TrySet_ManyHugeDistinctKeys_KeepsEachAsAHashOfFixedSize()
    {
        var table = new BoundedTable<int>(maxEntries: 1_000, maxBytes: 1_000_000);

        for (var i = 0; i < 200; i++) Assert.True(table.TrySet(new string('a', 100_000) + i, i, Later, Now));

        Assert.Equal(200, table.Count);
        Assert.Equal(200 * (BoundedTable<int>.EntryOverhead + 2 * 45), table.Bytes);
        Assert.True(table.TryGet(new string('a', 100_000) + 7, Now, out var seven));
        Assert.Equal(7, seven);
    }

    [Fact]
    public void TrySet_PastTheEntryCap_RefusesNewKeysButUpdatesHeldOnes()
    {
        var table = new BoundedTable<int>(maxEntries: 3, maxBytes: 1_000_000);
        foreach (var key in new[] { "a", "b", "c" }) table.TrySet(key, 1, Later, Now);

        Assert.False(table.TrySet("d", 1, Later, Now));
        Assert.False(table.HasRoomFor("d", Now));
        Assert.True(table.TrySet("a", 2, Later, Now));
        Assert.True(table.HasRoomFor("a", Now));
        Assert.Equal(3, table.Count);
        Assert.False(table.TryGet("d", Now, out _));
    }

    [Fact]
    public void TrySet_PastTheByteCap_RefusesTheKeyThatWouldNotFit()
    {
        var max = 2 * (BoundedTable<int>.EntryOverhead + 2 * 10);
        var table = new BoundedTable<int>(maxEntries: 100, maxBytes: max);

        Assert.True(table.TrySet(new string('x', 10), 1, Later, Now));
        Assert.True(table.TrySet(new string('y', 10), 1, Later, Now));
        Assert.False(table.TrySet("z", 1, Later, Now));
        Assert.Equal(max, table.Bytes);
    }

    [Fact]
    public void TrySet_WhenFull_DropsExpiredEntriesToMakeRoom()
    {
        var table = new BoundedTable<int>(maxEntries: 2, maxBytes: 1_000_000);
        table.TrySet("early", 1, Now.AddSeconds(10), Now);
        table.TrySet("late", 2, Now.AddSeconds(60), Now);

        Assert.False(table.TrySet("new", 3, Later, Now.AddSeconds(5)));
        Assert.True(table.TrySet("new", 3, Later, Now.AddSeconds(10)));

        Assert.False(table.TryGet("early", Now.AddSeconds(10), out _));
        Assert.True(table.TryGet("late", Now.AddSeconds(10), out _));
        Assert.Equal(2, table.Count);
    }

    [Fact]
    public void TryGet_AfterExpiry_FindsNothing()
    {
        var table = new BoundedTable<string>(10, 10_000);
        table.TrySet("k", "v", Later, Now);

        Assert.True(table.TryGet("k", Later.AddTicks(-1), out _));
        Assert.False(table.TryGet("k", Later, out _));
    }

    [Fact]
    public void Remove_HeldKey_GivesItsBytesBack()
    {
        var table = new BoundedTable<int>(10, 10_000);
        table.TrySet(new string('q', 500), 5, Later, Now);

        Assert.True(table.Remove(new string('q', 500), out var value));

        Assert.Equal(5, value);
        Assert.Equal(0, table.Count);
        Assert.Equal(0, table.Bytes);
    }

    [Fact]
    public void KeyOf_LongKeysDifferingOnlyAtTheEnd_StayDistinct()
    {
        var a = BoundedTable<int>.KeyOf(new string('k', 1_000) + "a");
        var b = BoundedTable<int>.KeyOf(new string('k', 1_000) + "b");

        Assert.NotEqual(a, b);
        Assert.True(a.Length <= BoundedTable<int>.MaxKeyLength);
        Assert.Equal("short", BoundedTable<int>.KeyOf("short"));
    }

    [Fact]
    public void TryGet_IgnoringCase_ShortAndHashedKeysMatchInAnyCase()
    {
        var table = new BoundedTable<int>(10, 10_000, ignoreCase: true);
        var huge = "U" + new string('X', 100_000);
        table.TrySet("U0ALICE", 1, Later, Now);
        table.TrySet(huge, 2, Later, Now);

        Assert.True(table.TryGet("u0alice", Now, out var alice));
        Assert.True(table.TryGet(huge.ToLowerInvariant(), Now, out var hashed));

        Assert.Equal((1, 2), (alice, hashed));
        Assert.Equal(2, table.Count);
        var exact = new BoundedTable<int>(10, 10_000);
        exact.TrySet("U0ALICE", 1, Later, Now);
        Assert.False(exact.TryGet("u0alice", Now, out _));
    }

    [Fact]
    public void KeyOf_IgnoringCase_HashesTheUpperCasedCharactersAcrossChunks()
    {
        var mixed = string.Concat(Enumerable.Repeat("aÄ😀ß", 2_000));

        var key = BoundedTable<int>.KeyOf(mixed, ignoreCase: true);

        Assert.Equal(key, BoundedTable<int>.KeyOf(mixed.ToUpperInvariant(), ignoreCase: true));
        Assert.Equal(BoundedTable<int>.KeyOf(mixed.ToUpperInvariant()), key);
        Assert.NotEqual(BoundedTable<int>.KeyOf(mixed), key);
        Assert.Equal(key, BoundedTable<int>.KeyOf(key, ignoreCase: true));
    }

    [Fact]
    public void Clear_FullTable_GivesEveryEntryAndByteBack()
    {
        var table = new BoundedTable<int>(maxEntries: 2, maxBytes: 1_000_000);
        table.TrySet("a", 1, Later, Now);
        table.TrySet("b", 2, Later, Now);
        Assert.False(table.TrySet("c", 3, Later, Now));

        table.Clear();

        Assert.Equal((0, 0L), (table.Count, table.Bytes));
        Assert.True(table.TrySet("c", 3, Later, Now));
    }
}
