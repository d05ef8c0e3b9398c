namespace Odp.Bot.Tests.Fakes.Slack;

/// <summary>Every call, in order, and the tests waiting for one: signalled on each record, never polled.</summary>
internal sealed class FakeSlackCallLog
{
    private readonly List<FakeSlackCall> calls = [];
    private readonly List<(Func<FakeSlackCall, bool> Predicate, TaskCompletionSource<FakeSlackCall> Done)> waiters = [];

    public IReadOnlyList<FakeSlackCall> Snapshot()
    {
        lock (calls) return [.. calls];
    }

    public void Add(FakeSlackCall call)
    {
        var hits = new List<TaskCompletionSource<FakeSlackCall>>();
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

    public async Task<FakeSlackCall> WaitForAsync(Func<FakeSlackCall, bool> predicate, TimeSpan timeout)
    {
        var waiter = (predicate, new TaskCompletionSource<FakeSlackCall>(TaskCreationOptions.RunContinuationsAsynchronously));
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
            throw new TimeoutException($"No matching Slack call within {timeout}. Recorded calls:{Environment.NewLine}{list}");
        }
    }

    private static bool Matches(Func<FakeSlackCall, bool> predicate, FakeSlackCall call)
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
