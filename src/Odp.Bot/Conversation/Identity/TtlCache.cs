using System.Collections.Concurrent;

namespace Odp.Bot.Conversation.Identity;

/// <summary>A small cache whose entries expire after a fixed time on the injected clock.</summary>
public sealed class TtlCache<TValue>(TimeProvider time, TimeSpan ttl)
{
    private readonly ConcurrentDictionary<string, (TValue Value, DateTimeOffset Expires)> entries = new(StringComparer.OrdinalIgnoreCase);

    public async Task<TValue> GetOrAddAsync(string key, Func<CancellationToken, Task<TValue>> load, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (entries.TryGetValue(key, out var hit) && hit.Expires > now) return hit.Value;
        var value = await load(cancellationToken);
        entries[key] = (value, now + ttl);
        return value;
    }
}
