using System.Security.Cryptography;
using System.Text;

namespace Odp.Bot.Conversation.Identity;

/// <summary>
/// Answers kept for a while on the injected clock: for <paramref name="ttl"/>, or for the time the caller says for each
/// answer (a failure can be kept for less than a success). Bounded whatever the callers send: keys longer than <see cref="MaxKeyLength"/> are kept
/// as a fixed-size hash, and at most <see cref="Capacity"/> entries are kept — when full, expired entries are dropped,
/// and if none had expired the cache starts over (callers then ask again; nothing is ever answered wrongly). Keys
/// compare ignoring case. Callers racing on one key share one load, which runs on its own (it must bound its own
/// time); a caller that gives up stops waiting, not the load.
/// </summary>
public sealed class TtlCache<TValue>(TimeProvider time, TimeSpan ttl, int capacity = TtlCaches.DefaultCapacity)
{
    public const int MaxKeyLength = 64;

    private readonly Dictionary<string, (TValue Value, DateTimeOffset Expires)> entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Task<TValue>> loading = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock gate = new();

    public int Capacity => capacity;

    /// <summary>How many entries are kept now (expired ones included until they are dropped).</summary>
    public int Count
    {
        get
        {
            lock (gate) return entries.Count;
        }
    }

    public Task<TValue> GetOrAddAsync(string key, Func<Task<TValue>> load, CancellationToken cancellationToken) =>
        GetOrAddAsync(key, load, _ => ttl, cancellationToken);

    public Task<TValue> GetOrAddAsync(
        string key, Func<Task<TValue>> load, Func<TValue, TimeSpan> keepFor, CancellationToken cancellationToken)
    {
        var kept = KeyOf(key);
        Task<TValue>? pending;
        lock (gate)
        {
            if (entries.TryGetValue(kept, out var hit) && hit.Expires > time.GetUtcNow()) return Task.FromResult(hit.Value);
            if (!loading.TryGetValue(kept, out pending))
            {
                pending = LoadAsync(kept, load, keepFor);
                loading[kept] = pending;
            }
        }
        return pending.WaitAsync(cancellationToken);
    }

    /// <summary>The key as kept: itself up to <see cref="MaxKeyLength"/> characters, else a hash of it.</summary>
    public static string KeyOf(string key)
    {
        if (key.Length <= MaxKeyLength) return key;
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(key.ToUpperInvariant()), hash);
        return "#" + Convert.ToHexStringLower(hash);
    }

    private async Task<TValue> LoadAsync(string key, Func<Task<TValue>> load, Func<TValue, TimeSpan> keepFor)
    {
        await Task.Yield(); // the load runs outside the lock its task was created under
        try
        {
            var value = await load();
            var expires = time.GetUtcNow() + keepFor(value);
            lock (gate)
            {
                if (entries.Count >= capacity && !entries.ContainsKey(key)) MakeRoom();
                entries[key] = (value, expires);
            }
            return value;
        }
        finally
        {
            lock (gate) loading.Remove(key);
        }
    }

    private void MakeRoom()
    {
        var now = time.GetUtcNow();
        foreach (var (key, entry) in entries)
            if (entry.Expires <= now) entries.Remove(key);
        if (entries.Count >= capacity) entries.Clear();
    }
}
