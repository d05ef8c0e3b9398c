using Odp.Engine.Budget;
using Odp.Engine.Storage.Deliveries;

namespace Odp.Bot.Platforms.Slack;

/// <summary>
/// One delivery of a request by Slack, as a key of bounded size (<see cref="BoundedTable{T}.KeyOf"/>: the text itself
/// up to 64 characters, else its hash) and the time after which it can no longer arrive again, so the
/// <see cref="IDeliveryLog"/> may forget it.
/// </summary>
public sealed record SlackDelivery(string Key, DateTimeOffset ForgetAt)
{
    /// <summary>How long a Socket Mode envelope id is remembered: Slack redelivers an unacked envelope within minutes.</summary>
    public static readonly TimeSpan EnvelopeMemory = TimeSpan.FromMinutes(10);

    /// <summary>
    /// A signed HTTP request: the same timestamp and signature is the same request (the signature covers the body). It
    /// is accepted only within <see cref="SlackSignature.Window"/> of its timestamp, so it is forgotten after that.
    /// </summary>
    public static SlackDelivery Signed(long timestampSeconds, string signature) =>
        new(KeyOf($"http:{timestampSeconds}:{signature}"),
            DateTimeOffset.FromUnixTimeSeconds(timestampSeconds) + SlackSignature.Window + TimeSpan.FromSeconds(1));

    /// <summary>A Socket Mode envelope, by its <c>envelope_id</c> (a redelivery keeps the id).</summary>
    public static SlackDelivery Envelope(string envelopeId, DateTimeOffset now) =>
        new(KeyOf("socket:" + envelopeId), now + EnvelopeMemory);

    private static string KeyOf(string text) => BoundedTable<bool>.KeyOf(text);
}
