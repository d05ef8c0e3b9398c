using System.Text.Json;
using System.Text.Json.Nodes;
using Odp.Bot.Platforms.Http;

namespace Odp.Bot.Platforms.Slack.SocketMode;

/// <summary>
/// Turns one Socket Mode envelope into its ack, with the same decisions as the HTTP endpoints: a slash command runs
/// through <see cref="SlackInbound.CommandAsync"/> and its ack body rides in the ack's <c>payload</c>; a
/// <c>block_actions</c> press goes to <see cref="SlackInbound.InteractionAsync"/>; events and anything else are acked and
/// ignored. Each envelope is one <see cref="SlackDelivery"/> by its id: a redelivery (Slack retries an envelope whose
/// ack came late) of a command answered after the ack is acked again and runs nothing (see <see cref="SlackInbound"/>); a
/// redelivered quick command is simply answered again.
/// </summary>
public sealed class SlackSocketModeEnvelopes(SlackInbound inbound, TimeProvider time, ILogger logger)
{
    public const string SlashCommands = "slash_commands";
    public const string Interactive = "interactive";

    /// <summary>The ack to send for <paramref name="envelope"/> (which has an <c>envelope_id</c>).</summary>
    public async Task<JsonObject> AckAsync(string envelopeId, JsonElement envelope, CancellationToken cancellationToken)
    {
        var ack = new JsonObject { ["envelope_id"] = envelopeId };
        var now = time.GetUtcNow();
        SlackDelivery Delivery() => SlackDelivery.Envelope(envelopeId, now);
        var type = PlatformJson.Text(envelope, "type");
        var payload = envelope.TryGetProperty("payload", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
        if (payload.ValueKind != JsonValueKind.Object)
        {
            logger.LogWarning("Slack sent a {Type} envelope {EnvelopeId} without a payload object; acked and skipped", type, envelopeId);
            return ack;
        }
        var response = type switch
        {
            SlashCommands => await CommandAsync(envelopeId, payload, Delivery, cancellationToken),
            Interactive => await InteractionAsync(envelopeId, payload, Delivery(), cancellationToken),
            _ => null, // events_api: nothing subscribed yet; acking stops Slack's retries
        };
        var acceptsPayload = !envelope.TryGetProperty("accepts_response_payload", out var accepts) || accepts.ValueKind != JsonValueKind.False;
        if (response is not null && acceptsPayload) ack["payload"] = response;
        return ack;
    }

    private async Task<JsonNode?> CommandAsync(string envelopeId, JsonElement payload, Func<SlackDelivery> delivery, CancellationToken cancellationToken)
    {
        var command = SlackCommand.From(name => PlatformJson.Text(payload, name));
        if (command is not null) return (await inbound.CommandAsync(command, delivery, cancellationToken))?.ToNode();
        logger.LogWarning("Slack sent slash command envelope {EnvelopeId} without a user_id; acked and skipped", envelopeId);
        return null;
    }

    private async Task<JsonNode?> InteractionAsync(string envelopeId, JsonElement payload, SlackDelivery delivery, CancellationToken cancellationToken)
    {
        if (PlatformJson.Text(payload, "type") != "block_actions" || SlackPress.IsLinkOnly(payload)) return null; // nothing to run
        if (SlackPress.From(payload) is not null) return (await inbound.InteractionAsync(payload, delivery, cancellationToken))?.ToJson();
        logger.LogWarning("Slack sent block_actions envelope {EnvelopeId} without a user, button value or response_url; acked and skipped", envelopeId);
        return null;
    }
}
