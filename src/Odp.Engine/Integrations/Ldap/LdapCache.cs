using Odp.Engine.Budget;

namespace Odp.Engine.Integrations.Ldap;

/// <summary>
/// Lookups remembered for a fixed time on the injected clock; misses are remembered too. Two callers racing on the same
/// key may both ask the server; the later answer wins. The entries live in a <see cref="BoundedTable{T}"/>: at most
/// <see cref="MaxEntries"/> entries and <see cref="MaxBytes"/> bytes of keys (long keys kept as their hash), expired
/// entries dropped when room is needed; an answer that doesn't fit is returned without being kept.
/// </summary>
internal sealed class LdapCache(TimeProvider time, TimeSpan ttl, int maxEntries = LdapCache.MaxEntries, long maxBytes = LdapCache.MaxBytes)
{
    public const int MaxEntries = 20_000;
    public const long MaxBytes = 8 * 1024 * 1024;

    private readonly BoundedTable<object?> entries = new(maxEntries, maxBytes);
    private readonly Lock gate = new();

    /// <summary>Entries held, expired ones not yet dropped included.</summary>
    public int Count
    {
        get { lock (gate) return entries.Count; }
    }

    /// <summary>The bytes the held entries are counted as (see <see cref="BoundedTable{T}"/>).</summary>
    public long Bytes
    {
        get { lock (gate) return entries.Bytes; }
    }

    public async Task<T> GetOrAddAsync<T>(string key, Func<Task<T>> load)
    {
        if (TryGet<T>(key, out var hit)) return hit;
        var value = await load();
        Set(key, value);
        return value;
    }

    /// <summary>The cached answer for <paramref name="key"/>, if it hasn't expired.</summary>
    public bool TryGet<T>(string key, out T value)
    {
        lock (gate)
        {
            if (entries.TryGet(key, time.GetUtcNow(), out var found))
            {
                value = (T)found!;
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>Keeps a fresh answer for the TTL, replacing what was cached; not kept when the budget has no room.</summary>
    public void Set<T>(string key, T value)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            entries.TrySet(key, value, now + ttl, now);
        }
    }

    /// <summary>Forgets <paramref name="key"/>, so the next lookup asks the server.</summary>
    public void Remove(string key)
    {
        lock (gate) entries.Remove(key, out _);
    }
}
