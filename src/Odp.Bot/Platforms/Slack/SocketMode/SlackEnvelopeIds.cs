namespace Odp.Bot.Platforms.Slack.SocketMode;

/// <summary>
/// The most recent Socket Mode envelope ids, so a redelivery (Slack retries when an ack is late) runs nothing twice.
/// Keeps at most <paramref name="capacity"/> ids, forgetting the oldest first.
/// </summary>
public sealed class SlackEnvelopeIds(int capacity = 1000)
{
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);
    private readonly Queue<string> order = new();
    private readonly Lock gate = new();

    /// <summary>True the first time <paramref name="envelopeId"/> is seen; false for a repeat.</summary>
    public bool TryAdd(string envelopeId)
    {
        lock (gate)
        {
            if (!ids.Add(envelopeId)) return false;
            order.Enqueue(envelopeId);
            if (order.Count > capacity) ids.Remove(order.Dequeue());
            return true;
        }
    }
}
