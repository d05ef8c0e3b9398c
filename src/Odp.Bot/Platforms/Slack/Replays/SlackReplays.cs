namespace Odp.Bot.Platforms.Slack.Replays;

/// <summary>
/// The deliveries of commands that act (those answered after the ack), so a replayed signed request or a redelivered
/// Socket Mode envelope runs once. Each is remembered by a 16-byte key until it could no longer be accepted again
/// (<see cref="SlackDelivery.ForgetAt"/>, on the injected clock). At most <see cref="Capacity"/> are kept: when that
/// many are still live, a new delivery is <see cref="SlackReplayVerdict.Full"/> and runs nothing (the safe side: it
/// might be a replay of one that had to be forgotten), until old ones expire — at most ten minutes.
/// </summary>
public sealed class SlackReplays(TimeProvider time, int capacity = SlackReplays.DefaultCapacity)
{
    public const int DefaultCapacity = 10_000;

    private readonly Dictionary<UInt128, DateTimeOffset> seen = [];
    private readonly PriorityQueue<UInt128, DateTimeOffset> expiry = new();
    private readonly Lock gate = new();

    public int Capacity => capacity;

    public SlackReplayVerdict Admit(SlackDelivery delivery)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            Forget(now);
            if (seen.ContainsKey(delivery.Key)) return SlackReplayVerdict.Repeat;
            if (seen.Count >= capacity) return SlackReplayVerdict.Full;
            seen[delivery.Key] = delivery.ForgetAt;
            expiry.Enqueue(delivery.Key, delivery.ForgetAt);
            return SlackReplayVerdict.First;
        }
    }

    private void Forget(DateTimeOffset now)
    {
        while (expiry.TryPeek(out var key, out var at) && at <= now)
        {
            expiry.Dequeue();
            seen.Remove(key);
        }
    }
}
