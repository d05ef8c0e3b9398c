using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Odp.Engine.Budget;

/// <summary>
/// Entries under caller-chosen keys, each kept until its own expiry, within a hard budget of entries and of bytes: the
/// one bounded keyed store of the process (sign-in throttles, the LDAP cache, platform identity caches, Slack's replay
/// memory). A key longer than <see cref="MaxKeyLength"/> characters is kept as its SHA-256 (<see cref="KeyOf"/>), so
/// no caller decides how much a key holds; with <paramref name="ignoreCase"/> keys that differ only in case are one.
/// Bytes are counted as the stored key's characters (2 bytes each) plus <see cref="EntryOverhead"/> per entry (the
/// dictionary slot, the key's string header and the value's fixed part). An entry that doesn't fit makes the table
/// drop its expired entries first; if it still doesn't fit, <see cref="TrySet"/> refuses it and the table keeps what
/// it has, so it never grows past its budget. What to do then is the caller's policy (refuse, count it elsewhere,
/// answer without keeping, or <see cref="Clear"/>). Not thread-safe: callers hold their own lock.
/// </summary>
public sealed class BoundedTable<T>(int maxEntries, long maxBytes, bool ignoreCase = false)
{
    public const int MaxKeyLength = 64;
    public const int EntryOverhead = 96;

    /// <summary>The most bytes one entry is counted as, so <c>n * MaxEntryBytes</c> makes the entry cap the only one.</summary>
    public const long MaxEntryBytes = EntryOverhead + 2 * MaxKeyLength;

    private const int HashChunk = 1024;

    private readonly Dictionary<string, (DateTimeOffset Expires, T Value)> entries = new(KeyComparer(ignoreCase));
    private DateTimeOffset earliestExpiry = DateTimeOffset.MaxValue;

    public int MaxEntries => maxEntries;

    public long MaxBytes => maxBytes;

    /// <summary>Entries held, expired ones not yet dropped included.</summary>
    public int Count => entries.Count;

    /// <summary>The bytes the held entries are counted as (see the class summary).</summary>
    public long Bytes { get; private set; }

    /// <summary>
    /// The key as stored: itself when short, else <c>#</c> and the base64 SHA-256 of its characters (45 characters),
    /// with <paramref name="ignoreCase"/> of its upper-cased characters (cased in chunks, so a long key is never copied
    /// whole). The one place a key is hashed; a stored key is its own stored key.
    /// </summary>
    public static string KeyOf(string key, bool ignoreCase = false)
    {
        if (key.Length <= MaxKeyLength) return key;
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<char> upper = stackalloc char[HashChunk];
        for (var rest = key.AsSpan(); !rest.IsEmpty;)
        {
            var length = Math.Min(rest.Length, HashChunk);
            if (length < rest.Length && char.IsHighSurrogate(rest[length - 1])) length--; // a pair is cased whole
            var part = rest[..length];
            sha.AppendData(MemoryMarshal.AsBytes(ignoreCase ? upper[..part.ToUpperInvariant(upper)] : part));
            rest = rest[length..];
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        sha.GetHashAndReset(hash);
        return "#" + Convert.ToBase64String(hash);
    }

    /// <summary>How stored keys compare: ordinal, or ordinal ignoring case.</summary>
    public static StringComparer KeyComparer(bool ignoreCase) => ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>The key as this table stores it (<see cref="KeyOf"/> with the table's case rule).</summary>
    public string Stored(string key) => KeyOf(key, ignoreCase);

    /// <summary>The value under <paramref name="key"/> while it hasn't expired at <paramref name="now"/>.</summary>
    public bool TryGet(string key, DateTimeOffset now, out T value)
    {
        if (entries.TryGetValue(Stored(key), out var entry) && entry.Expires > now)
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
        var stored = Stored(key);
        return entries.ContainsKey(stored) || Fits(stored) || (Sweep(now) && Fits(stored));
    }

    /// <summary>Keeps <paramref name="value"/> until <paramref name="expires"/>; false (and nothing kept) when the budget has no room.</summary>
    public bool TrySet(string key, T value, DateTimeOffset expires, DateTimeOffset now)
    {
        var stored = Stored(key);
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
        var stored = Stored(key);
        if (entries.Remove(stored, out var entry))
        {
            Bytes -= SizeOf(stored);
            value = entry.Value;
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>Drops every entry (a caller's policy when full, e.g. a cache that starts over).</summary>
    public void Clear()
    {
        entries.Clear();
        Bytes = 0;
        earliestExpiry = DateTimeOffset.MaxValue;
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
