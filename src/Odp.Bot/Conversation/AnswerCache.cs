using Microsoft.Extensions.Options;
using Odp.Engine.Access;
using Odp.Engine.Budget;
using Odp.Engine.Catalog;

namespace Odp.Bot.Conversation;

/// <summary>
/// One platform's rendered answers to reusable commands, by exact command text. An entry is used only while the
/// catalog is at the version it was computed from and for at most the TTL. The cache holds at most
/// <see cref="AnswerCacheOptions.Size"/> entries and <see cref="AnswerCacheOptions.MaxBytes"/> bytes (each entry
/// counts its text, as UTF-16, and its answer), keeping the answers asked for again (<see cref="GenerationCache{TKey, TValue}"/>).
/// An entry bigger than <see cref="LargestShare"/> of the byte budget is not kept, so a few huge texts can't take its
/// place. Take <see cref="Version"/> before computing an answer and give it to <see cref="Keep"/>, so an answer that
/// raced a catalog change is never served.
/// </summary>
public sealed class AnswerCache<T>(CatalogVersion catalog, TimeProvider time, IOptions<AnswerCacheOptions> options)
    where T : class, ISizedAnswer
{
    /// <summary>The most of the byte budget one entry may take: 1/<see cref="LargestShare"/>.</summary>
    public const int LargestShare = 64;

    private readonly int size = options.Value.Size;
    private readonly long maxBytes = options.Value.MaxBytes;
    private readonly TimeSpan ttl = DurationText.Parse(options.Value.Ttl);
    private readonly GenerationCache<string, Entry> entries = new(options.Value.Size, options.Value.MaxBytes, StringComparer.Ordinal);

    public long Version => catalog.Current;

    /// <summary>The bytes the kept entries count now (texts and answers).</summary>
    public long Bytes => entries.Bytes;

    /// <summary>How many answers are kept now.</summary>
    public int Count => entries.Count;

    public T? Find(string text)
    {
        if (size == 0 || !entries.TryGet(text, out var entry)) return null;
        if (entry.Version == catalog.Current && time.GetTimestamp() < entry.Expires) return entry.Value;
        entries.Forget(text);
        return null;
    }

    public void Keep(string text, long version, T value)
    {
        var cost = 2L * text.Length + value.Bytes;
        if (size == 0 || version != catalog.Current || cost > maxBytes / LargestShare) return;
        entries.Forget(text);
        entries.Keep(text, new Entry(value, version, time.GetTimestamp() + (long)(ttl.TotalSeconds * time.TimestampFrequency)), cost);
    }

    private sealed record Entry(T Value, long Version, long Expires);
}
