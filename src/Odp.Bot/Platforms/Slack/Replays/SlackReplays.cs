using Odp.Engine.Budget;

namespace Odp.Bot.Platforms.Slack.Replays;

/// <summary>
/// The deliveries of commands that act (those answered after the ack), so a replayed signed request or a redelivered
/// Socket Mode envelope runs once. Each is remembered in a <see cref="BoundedTable{T}"/> by its fixed-size key until it
/// could no longer be accepted again (<see cref="SlackDelivery.ForgetAt"/>, on the injected clock). At most
/// <see cref="Capacity"/> are kept: when that many are still live, a new delivery is
/// <see cref="SlackReplayVerdict.Full"/> and runs nothing (the safe side: it might be a replay of one that had to be
/// forgotten), until old ones expire — at most ten minutes.
/// </summary>
public sealed class SlackReplays(TimeProvider time, int capacity = SlackReplays.DefaultCapacity)
{
    public const int DefaultCapacity = 10_000;

    private readonly BoundedTable<bool> seen = new(capacity, capacity * BoundedTable<bool>.MaxEntryBytes);
    private readonly Lock gate = new();

    public int Capacity => capacity;

    public SlackReplayVerdict Admit(SlackDelivery delivery)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            if (seen.TryGet(delivery.Key, now, out _)) return SlackReplayVerdict.Repeat;
            return seen.TrySet(delivery.Key, true, delivery.ForgetAt, now) ? SlackReplayVerdict.First : SlackReplayVerdict.Full;
        }
    }
}
