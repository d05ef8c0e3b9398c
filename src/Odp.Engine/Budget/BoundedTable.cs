using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Odp.Engine.Budget;

/// <summary>
/// Entries under caller-chosen keys, each kept until its own expiry, within a hard budget of entries and of bytes.
/// A key longer than <see cref="MaxKeyLength"/> characters is kept as its SHA-256, so no caller decides how much a key
/// holds. Bytes are counted as the stored key's characters (2 bytes each) plus <see cref="EntryOverhead"/> per entry
/// (the dictionary slot, the key's string header and the value's fixed part). An entry that doesn't fit makes the
/// table drop its expired entries first; if it still doesn't fit, <see cref="TrySet"/> refuses it and the table keeps
/// what it has, so it never grows past its budget. Not thread-safe: callers hold their own lock.
/// </summary>
public sealed class BoundedTable<T>(int maxEntries, long maxBytes)
{
    public const int MaxKeyLength = 64;
    public const int EntryOverhead = 96;

    private readonly Dictionary<string, (DateTimeOffset Expires, T Value)> entries = new(StringComparer.Ordinal);
    private DateTimeOffset earliestExpiry = DateTimeOffset.MaxValue;

    public int MaxEntries => maxEntries;

    public long MaxBytes => maxBytes;

    /// <summary>Entries held, expired ones not yet dropped included.</summary>
    public int Count => entries.Count;

    /// <summary>The bytes the held entries are counted as (see the class summary).</summary>
    public long Bytes { get; private set; }

    /// <summary>The key as stored: itself when short, else <c>#</c> and the base64 SHA-256 of its characters.</summary>
    public static string KeyOf(string key) =>
        key.Length <= MaxKeyLength ? key : "#" + Convert.ToBase64String(SHA256.HashData(MemoryMarshal.AsBytes(key.AsSpan())));

    /// <summary>The value under <paramref name="key"/> while it hasn't expired at <paramref name="now"/>.</summary>
    public bool TryGet(string key, DateTimeOffset now, out T value)
    {
        if (entries.TryGetValue(KeyOf(key), out var entry) && entry.Expires > now)
        {
            value = entry.Value;
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>Whether <paramref name="key"/> is held or would fit now (after dropping what expired).</summary>
    public bool HasRoomFor(string key, DateTimeOffset now)
    {
        var stored = KeyOf(key);
        return entries.ContainsKey(stored) || Fits(stored) || (Sweep(now) && Fits(stored));
    }

    /// <summary>Keeps <paramref name="value"/> until <paramref name="expires"/>; false (and nothing kept) when the budget has no room.</summary>
    public bool TrySet(string key, T value, DateTimeOffset expires, DateTimeOffset now)
    {
        var stored = KeyOf(key);
        if (!entries.ContainsKey(stored))
        {
            if (!Fits(stored) && !(Sweep(now) && Fits(stored))) return false;
            Bytes += SizeOf(stored);
        }

        entries[stored] = (expires, value);
        if (expires < earliestExpiry) earliestExpiry = expires;
        return true;
    }

    /// <summary>The value under <paramref name="key"/>, removed; false when there was none.</summary>
    public bool Remove(string key, out T value)
    {
        var stored = KeyOf(key);
        if (entries.Remove(stored, out var entry))
        {
            Bytes -= SizeOf(stored);
            value = entry.Value;
            return true;
        }

        value = default!;
        return false;
    }

    private bool Fits(string stored) => entries.Count < maxEntries && Bytes + SizeOf(stored) <= maxBytes;

    // Drops expired entries; only scans when one can have expired since the last scan, so a full table of live
    // entries costs no scan per refused key. True when it dropped something.
    private bool Sweep(DateTimeOffset now)
    {
        if (now < earliestExpiry) return false;
        var before = entries.Count;
        earliestExpiry = DateTimeOffset.MaxValue;
        foreach (var (key, entry) in entries)
        {
            if (entry.Expires <= now)
            {
                entries.Remove(key);
                Bytes -= SizeOf(key);
            }
            else if (entry.Expires < earliestExpiry)
            {
                earliestExpiry = entry.Expires;
            }
        }

        return entries.Count < before;
    }

    private static long SizeOf(string stored) => EntryOverhead + 2L * stored.Length;
}
