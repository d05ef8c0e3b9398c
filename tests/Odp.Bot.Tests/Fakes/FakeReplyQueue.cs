namespace Odp.Bot.Tests.Fakes;

/// <summary>A fake server's replies queued per operation, served before it does its own work (first in, first out).</summary>
internal sealed class FakeReplyQueue<TReply>
    where TReply : class
{
    private readonly Dictionary<string, Queue<TReply>> queued = new(StringComparer.Ordinal);

    public void Enqueue(string operation, TReply reply, int count = 1)
    {
        lock (queued)
        {
            if (!queued.TryGetValue(operation, out var queue)) queued[operation] = queue = new Queue<TReply>();
            for (var i = 0; i < count; i++) queue.Enqueue(reply);
        }
    }

    public TReply? Take(string operation)
    {
        lock (queued)
        {
            return queued.TryGetValue(operation, out var queue) && queue.TryDequeue(out var reply) ? reply : null;
        }
    }
}
