using System.Text.Json;
using System.Text.Json.Nodes;
using Odp.Bot.Conversation;
using Odp.Bot.Platforms.Mattermost.Api;
using Odp.Bot.Platforms.Mattermost.Attachments;

namespace Odp.Bot.Platforms.Mattermost;

/// <summary>
/// Slash commands and button presses from Mattermost. Quick commands are answered inline, the rest through
/// <c>response_url</c>. A press is trusted only when its context carries the bot's own signature; the presser's
/// right to decide is still checked by the engine from the directory.
/// </summary>
public sealed class MattermostInbound(
    ConversationInbound inbound, MattermostIdentity identity, IMattermostApi api, MattermostReplies replies, ActionSigner signer)
{
    public const string Working = "Working on it…";

    public async Task<MattermostResponse> CommandAsync(MattermostSlashCommand command, CancellationToken cancellationToken)
    {
        try
        {
            var match = await identity.ToDirectoryAsync(command.UserId, cancellationToken);
            if (match.User is null) return new MattermostResponse(match.Problem!);
            var message = new IncomingMessage(match.User.Id, new ConversationRef(MattermostChannel.Name, command.ChannelId), command.Text);
            Func<Reply, CancellationToken, Task>? later = command.ResponseUrl is { } url
                ? (reply, ct) => api.RespondAsync(url, replies.Response(reply), ct)
                : null;
            var now = await inbound.AnswerOrDeferAsync(message, later, cancellationToken);
            return now is null ? new MattermostResponse(Working) : replies.Response(now);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return replies.Response(inbound.SomethingWentWrong(e));
        }
    }

    /// <summary>
    /// A button press. Null when the context is not the bot's own (forged or altered): nothing is done. Otherwise the
    /// response Mattermost shows the presser (<c>ephemeral_text</c>); the cards themselves are patched by the notifier.
    /// </summary>
    public async Task<JsonObject?> ActionAsync(MattermostAction action, CancellationToken cancellationToken)
    {
        if (!signer.Verify(action.Context, out var verified) || verified is not { } command) return null;
        var reply = await inbound.GuardAsync(async ct =>
        {
            var match = await identity.ToDirectoryAsync(action.UserId, ct);
            if (match.User is null) return new TextReply(match.Problem!);
            if (action.Input is { } input)
                return new TextReply($"Mattermost buttons can't carry a {input}. Type `{command} --{input} \"…\"` to do this.");
            var conversation = new ConversationRef(MattermostChannel.Name, action.ChannelId);
            return await inbound.AnswerAsync(
                new IncomingMessage(match.User.Id, conversation, command, new MessageRef(conversation, action.PostId)), ct);
        }, cancellationToken);
        return new JsonObject { ["ephemeral_text"] = MattermostReplies.PlainText(reply) };
    }
}
