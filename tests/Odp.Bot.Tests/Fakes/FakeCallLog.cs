namespace Odp.Bot.Tests.Fakes;

/// <summary>
/// A fake server's calls, in order, and the tests waiting for one: signalled on each record, never polled. A
/// timeout lists every call (each call's <c>ToString</c>) under <paramref name="platform"/>'s name.
/// </summary>
internal sealed class FakeCallLog<TCall>(string platform)
    where TCall : class
{
    private readonly List<TCall> calls = [];
    private readonly List<(Func<TCall, bool> Predicate, TaskCompletionSource<TCall> Done)> waiters = [];

    public IReadOnlyList<TCall> Snapshot()
    {
        lock (calls) return [.. calls];
    }

    public void Add(TCall call)
    {
        var hits = new List<TaskCompletionSource<TCall>>();
        lock (calls)
        {
            calls.Add(call);
            for (var i = waiters.Count - 1; i >= 0; i--)
            {
                if (Matches(waiters[i].Predicate, call))
                {
                    hits.Add(waiters[i].Done);
                    waiters.RemoveAt(i);
                }
            }
        }

        foreach (var hit in hits) hit.TrySetResult(call);
    }

    /// <summary>Completes with the first recorded call (earlier or later) that matches; a timeout lists every call.</summary>
    public async Task<TCall> WaitForAsync(Func<TCall, bool> predicate, TimeSpan timeout)
    {
        var waiter = (predicate, new TaskCompletionSource<TCall>(TaskCreationOptions.RunContinuationsAsynchronously));
        lock (calls)
        {
            var existing = calls.FirstOrDefault(c => Matches(predicate, c));
            if (existing is not null) return existing;
            waiters.Add(waiter);
        }

        try
        {
            return await waiter.Item2.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            lock (calls) waiters.Remove(waiter);
            var seen = Snapshot();
            var list = seen.Count == 0 ? "  (none)" : string.Join(Environment.NewLine, seen.Select(c => "  " + c));
            throw new TimeoutException($"No matching {platform} call within {timeout}. Recorded calls:{Environment.NewLine}{list}");
        }
    }

    private static bool Matches(Func<TCall, bool> predicate, TCall call)
    {
        try
        {
            return predicate(call);
        }
        catch (Exception e) when (e is NullReferenceException or InvalidOperationException or KeyNotFoundException)
        {
            return false;
        }
    }
}
