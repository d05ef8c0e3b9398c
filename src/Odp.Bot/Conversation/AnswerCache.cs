using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Odp.Engine.Access;
using Odp.Engine.Catalog;

namespace Odp.Bot.Conversation;

/// <summary>
/// One platform's rendered answers to reusable commands, by exact command text. An entry is used only while the
/// catalog is at the version it was computed from and for at most the TTL. The cache holds at most
/// <see cref="AnswerCacheOptions.Size"/> entries and <see cref="AnswerCacheOptions.MaxBytes"/> bytes (each entry
/// counts its text, as UTF-16, and its answer); when a new entry would pass either, the cache starts over. An entry
/// bigger than <see cref="LargestShare"/> of the byte budget is not kept, so a few huge texts can't take its place.
/// Take <see cref="Version"/> before computing an answer and give it to <see cref="Keep"/>, so an answer that raced a
/// catalog change is never served.
/// </summary>
public sealed class AnswerCache<T>(CatalogVersion catalog, TimeProvider time, IOptions<AnswerCacheOptions> options)
    where T : class, ISizedAnswer
{
    /// <summary>The most of the byte budget one entry may take: 1/<see cref="LargestShare"/>.</summary>
    public const int LargestShare = 64;

    private readonly int size = options.Value.Size;
    private readonly long maxBytes = options.Value.MaxBytes;
    private readonly TimeSpan ttl = DurationText.Parse(options.Value.Ttl);
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private long bytes;

    public long Version => catalog.Current;

    /// <summary>The bytes the kept entries count now (texts and answers).</summary>
    public long Bytes
    {
        get
        {
            lock (gate) return bytes;
        }
    }

    public T? Find(string text)
    {
        if (size == 0 || !entries.TryGetValue(text, out var entry)) return null;
        if (entry.Version == catalog.Current && time.GetTimestamp() < entry.Expires) return entry.Value;
        lock (gate)
        {
            if (entries.TryRemove(new KeyValuePair<string, Entry>(text, entry))) bytes -= entry.Bytes;
        }
        return null;
    }

    public void Keep(string text, long version, T value)
    {
        var cost = 2L * text.Length + value.Bytes;
        if (size == 0 || version != catalog.Current || cost > maxBytes / LargestShare) return;
        var entry = new Entry(value, version, time.GetTimestamp() + (long)(ttl.TotalSeconds * time.TimestampFrequency), cost);
        lock (gate)
        {
            if (entries.TryGetValue(text, out var old) && entries.TryRemove(new KeyValuePair<string, Entry>(text, old))) bytes -= old.Bytes;
            if (entries.Count >= size || bytes + cost > maxBytes)
            {
                entries.Clear();
                bytes = 0;
            }
            entries[text] = entry;
            bytes += cost;
        }
    }

    private sealed record Entry(T Value, long Version, long Expires, long Bytes);
}
