using Odp.Engine.Budget;

namespace Odp.Bot.Conversation.Identity;

/// <summary>
/// Answers kept for a while on the injected clock: for <paramref name="ttl"/>, or for the time the caller says for each
/// answer (a failure can be kept for less than a success). The answers live in a <see cref="BoundedTable{T}"/> with
/// keys compared ignoring case (long keys kept as their hash) and at most <see cref="Capacity"/> entries; when it is
/// full of live answers, the cache starts over (callers then ask again; nothing is ever answered wrongly). Callers
/// racing on one key share one load, which runs on its own (it must bound its own time); a caller that gives up stops
/// waiting, not the load.
/// </summary>
public sealed class TtlCache<TValue>(TimeProvider time, TimeSpan ttl, int capacity = TtlCaches.DefaultCapacity)
{
    private readonly BoundedTable<TValue> entries = new(capacity, capacity * BoundedTable<TValue>.MaxEntryBytes, ignoreCase: true);
    private readonly Dictionary<string, Task<TValue>> loading = new(BoundedTable<TValue>.KeyComparer(ignoreCase: true));
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
        var kept = entries.Stored(key);
        Task<TValue>? pending;
        lock (gate)
        {
            if (entries.TryGet(kept, time.GetUtcNow(), out var hit)) return Task.FromResult(hit);
            if (!loading.TryGetValue(kept, out pending))
            {
                pending = LoadAsync(kept, load, keepFor);
                loading[kept] = pending;
            }
        }
        return pending.WaitAsync(cancellationToken);
    }

    private async Task<TValue> LoadAsync(string key, Func<Task<TValue>> load, Func<TValue, TimeSpan> keepFor)
    {
        await Task.Yield(); // the load runs outside the lock its task was created under
        try
        {
            var value = await load();
            var now = time.GetUtcNow();
            var expires = now + keepFor(value);
            lock (gate)
            {
                if (entries.TrySet(key, value, expires, now)) return value;
                entries.Clear(); // full of live answers: start over
                entries.TrySet(key, value, expires, now);
            }
            return value;
        }
        finally
        {
            lock (gate) loading.Remove(key);
        }
    }
}
