using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Odp.Engine.Access;
using Odp.Engine.Catalog;

namespace Odp.Bot.Conversation;

/// <summary>
/// One platform's rendered answers to reusable commands, by exact command text. An entry is used only while the
/// catalog is at the version it was computed from and for at most the TTL; when full, the cache starts over.
/// Take <see cref="Version"/> before computing an answer and give it to <see cref="Keep"/>, so an answer that raced a
/// catalog change is never served.
/// </summary>
public sealed class AnswerCache<T>(CatalogVersion catalog, TimeProvider time, IOptions<AnswerCacheOptions> options) where T : class
{
    private readonly int size = options.Value.Size;
    private readonly TimeSpan ttl = DurationText.Parse(options.Value.Ttl);
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public long Version => catalog.Current;

    public T? Find(string text)
    {
        if (size == 0 || !entries.TryGetValue(text, out var entry)) return null;
        if (entry.Version == catalog.Current && time.GetTimestamp() < entry.Expires) return entry.Value;
        entries.TryRemove(new KeyValuePair<string, Entry>(text, entry));
        return null;
    }

    public void Keep(string text, long version, T value)
    {
        if (size == 0 || version != catalog.Current) return;
        if (entries.Count >= size) entries.Clear();
        entries[text] = new Entry(value, version, time.GetTimestamp() + (long)(ttl.TotalSeconds * time.TimestampFrequency));
    }

    private sealed record Entry(T Value, long Version, long Expires);
}
