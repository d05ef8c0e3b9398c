using System.Text.Json;
using System.Text.Json.Nodes;
using Odp.Bot.Conversation;
using Odp.Bot.Conversation.Commands;
using Odp.Bot.Platforms.Mattermost.Api;
using Odp.Bot.Platforms.Mattermost.Attachments;
using Odp.Engine.Telemetry;

namespace Odp.Bot.Platforms.Mattermost;

/// <summary>
/// Slash commands and button presses from Mattermost. Quick commands are answered inline, the rest through
/// <c>response_url</c>; the Mattermost user is looked up only for commands that need to know who asks. A press is
/// trusted only when its context carries the bot's own signature; the presser's right to decide is still checked by
/// the engine from the directory.
/// <para>
/// Replays: Mattermost signs neither its slash command requests (a static token) nor its button callbacks (the signed
/// context is the same for every press of that button), so a replayed request can't be told from the person doing it
/// again, and whoever can replay one holds what it takes to forge one. No replay memory is kept; a repeat does no
/// harm where it matters: approve, deny, cancel, revoke and retry move a ticket through the engine's ticket gate,
/// which refuses the second move ("ODP-1 is cancelled, so it can't be cancelled"), and a Request button can't file
/// anything from Mattermost (a request needs a reason, which a Mattermost button can't carry). A repeated
/// <c>/odp request</c> while the first is open is answered with that ticket.
/// </para>
/// </summary>
public sealed class MattermostInbound(
    ConversationInbound inbound,
    MattermostIdentity identity,
    IMattermostApi api,
    MattermostReplies replies,
    ActionSigner signer,
    OdpMetrics metrics,
    TimeProvider time)
{
    public const string Working = "Working on it…";

    public async Task<MattermostResponse> CommandAsync(MattermostSlashCommand command, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        using var span = OdpTraces.Chat.StartActivity("Mattermost.Command");
        try
        {
            var conversation = new ConversationRef(MattermostChannel.Name, command.ChannelId);
            Func<Reply, CancellationToken, Task>? later = command.ResponseUrl is { } url
                ? (reply, ct) => api.RespondAsync(url, replies.Response(reply), ct)
                : null;
            var now = await inbound.AnswerOrDeferAsync(
                command.Text, CommandTraits.Of(command.Text), conversation, ct => identity.ToDirectoryAsync(command.UserId, ct), later,
                cancellationToken);
            return now is null ? new MattermostResponse(Working) : replies.Response(now);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return replies.Response(inbound.SomethingWentWrong(e));
        }
        finally
        {
            metrics.Acked(MattermostChannel.Name, "command", time.GetElapsedTime(started));
        }
    }

    /// <summary>
    /// A button press. Null when the context is not the bot's own (forged or altered): nothing is done. Otherwise the
    /// response Mattermost shows the presser (<c>ephemeral_text</c>); the cards themselves are patched by the notifier.
    /// </summary>
    public async Task<JsonObject?> ActionAsync(MattermostAction action, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        using var span = OdpTraces.Chat.StartActivity("Mattermost.Action");
        try
        {
            return await PressedAsync(action, cancellationToken);
        }
        finally
        {
            metrics.Acked(MattermostChannel.Name, "action", time.GetElapsedTime(started));
        }
    }

    private async Task<JsonObject?> PressedAsync(MattermostAction action, CancellationToken cancellationToken)
    {
        if (!signer.Verify(action.Context, out var verified) || verified is not { } command) return null;
        var conversation = new ConversationRef(MattermostChannel.Name, action.ChannelId);
        var reply = action.Input is { } input
            ? new TextReply($"Mattermost buttons can't carry a {input}. Type `{command} --{input} \"…\"` to do this.")
            : await inbound.AnswerAsync(command, CommandTraits.Of(command), conversation, new MessageRef(conversation, action.PostId),
                ct => identity.ToDirectoryAsync(action.UserId, ct), cancellationToken);
        return new JsonObject { ["ephemeral_text"] = MattermostReplies.PlainText(reply) };
    }
}
