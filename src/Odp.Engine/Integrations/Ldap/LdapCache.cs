using System.Collections.Concurrent;

namespace Odp.Engine.Integrations.Ldap;

/// <summary>
/// Lookups remembered for a fixed time on the injected clock; misses are remembered too. Two callers racing on the same
/// key may both ask the server; the later answer wins. Expired entries are swept when the cache grows large.
/// </summary>
internal sealed class LdapCache(TimeProvider time, TimeSpan ttl)
{
    private const int SweepAbove = 10_000;
    private readonly ConcurrentDictionary<string, (DateTimeOffset Expires, object? Value)> entries = new(StringComparer.Ordinal);

    public async Task<T> GetOrAddAsync<T>(string key, Func<Task<T>> load)
    {
        var now = time.GetUtcNow();
        if (entries.TryGetValue(key, out var hit) && hit.Expires > now) return (T)hit.Value!;

        var value = await load();
        if (entries.Count >= SweepAbove) Sweep(now);
        entries[key] = (time.GetUtcNow() + ttl, value);
        return value;
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, entry) in entries)
        {
            if (entry.Expires <= now) entries.TryRemove(key, out _);
        }
    }
}
