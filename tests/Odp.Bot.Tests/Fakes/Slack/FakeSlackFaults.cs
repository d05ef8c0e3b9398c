namespace Odp.Bot.Tests.Fakes.Slack;

/// <summary>Replies queued per method, served before the fake does its own work (first in, first out).</summary>
internal sealed class FakeSlackFaults
{
    private readonly Dictionary<string, Queue<FakeSlackReply>> queued = new(StringComparer.Ordinal);

    public void Enqueue(string method, FakeSlackReply reply, int count = 1)
    {
        lock (queued)
        {
            if (!queued.TryGetValue(method, out var queue)) queued[method] = queue = new Queue<FakeSlackReply>();
            for (var i = 0; i < count; i++) queue.Enqueue(reply);
        }
    }

    public FakeSlackReply? Take(string method)
    {
        lock (queued)
        {
            return queued.TryGetValue(method, out var queue) && queue.TryDequeue(out var reply) ? reply : null;
        }
    }
}
