using System.Collections.Concurrent;

namespace Odp.Engine.Budget;

/// <summary>
/// A cache of values that are costly to make and cheap to keep, bounded by entries and bytes, keeping what is used
/// again: entries live in two generations of at most half the budget each. A new entry goes to the newer one; a hit
/// in the older one moves there too; when the newer one is full, the older one is dropped and the newer one becomes
/// the older. So an entry used at least once per half-budget of new entries stays, and the cache never holds more than
/// its budget. Thread-safe; lookups take no lock. For keys an outsider chooses, where a flood must not push out what
/// is kept and every entry must keep its own expiry, use <see cref="BoundedTable{T}"/> instead.
/// </summary>
public sealed class GenerationCache<TKey, TValue>(int maxEntries, long maxBytes, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly Lock swap = new();
    private Generation newer = new(comparer);
    private Generation older = new(comparer);

    /// <summary>The entries kept now, in both generations (an entry moving between them may count twice).</summary>
    public int Count => newer.Entries.Count + older.Entries.Count;

    /// <summary>The bytes the kept entries were counted as.</summary>
    public long Bytes => Interlocked.Read(ref newer.Bytes) + Interlocked.Read(ref older.Bytes);

    public bool TryGet(TKey key, out TValue value)
    {
        if (newer.Entries.TryGetValue(key, out var entry))
        {
            value = entry.Value;
            return true;
        }

        if (older.Entries.TryGetValue(key, out entry))
        {
            Keep(key, entry.Value, entry.Bytes);
            value = entry.Value;
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>Keeps <paramref name="value"/>, counted as <paramref name="bytes"/>; a value over half the byte budget is not kept.</summary>
    public void Keep(TKey key, TValue value, long bytes)
    {
        if (maxEntries <= 0 || bytes > maxBytes / 2) return;
        var generation = newer;
        if (Interlocked.Read(ref generation.Bytes) + bytes > maxBytes / 2 || generation.Entries.Count >= Math.Max(1, maxEntries / 2))
        {
            lock (swap)
            {
                if (ReferenceEquals(generation, newer))
                {
                    older = newer;
                    newer = new Generation(comparer);
                }

                generation = newer;
            }
        }

        if (generation.Entries.TryAdd(key, (value, bytes))) Interlocked.Add(ref generation.Bytes, bytes);
    }

    /// <summary>Drops <paramref name="key"/> from both generations.</summary>
    public void Forget(TKey key)
    {
        if (newer.Entries.TryRemove(key, out var entry)) Interlocked.Add(ref newer.Bytes, -entry.Bytes);
        if (older.Entries.TryRemove(key, out entry)) Interlocked.Add(ref older.Bytes, -entry.Bytes);
    }

    private sealed class Generation(IEqualityComparer<TKey>? comparer)
    {
        public readonly ConcurrentDictionary<TKey, (TValue Value, long Bytes)> Entries = new(comparer);
        public long Bytes;
    }
}
