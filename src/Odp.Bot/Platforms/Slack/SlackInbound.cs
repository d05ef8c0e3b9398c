using System.Text.Json;
using Odp.Bot.Conversation;
using Odp.Bot.Platforms.Slack.Api;
using Odp.Engine.Errors;

namespace Odp.Bot.Platforms.Slack;

/// <summary>
/// What Slack sends, handled the same way whichever transport brought it (HTTP or Socket Mode). Quick commands are
/// answered in the ack; everything else is acked at once and finished through <c>response_url</c>. Application errors
/// are ephemeral messages, never failures of the request.
/// </summary>
public sealed class SlackInbound(
    ConversationInbound inbound, SlackIdentity identity, ISlackApi api, SlackReplies replies, AnswerCache<SlackAck> acks)
{
    /// <summary>
    /// A slash command. Returns the ack body, or null for an empty ack. A reusable answer (a search, the help) is kept
    /// and sent again for the same text until the catalog changes.
    /// </summary>
    public async Task<SlackAck?> CommandAsync(SlackCommand command, CancellationToken cancellationToken)
    {
        try
        {
            var match = await identity.ToDirectoryAsync(command.UserId, cancellationToken);
            if (match.User is null) return SlackAck.From(SlackReplies.Ephemeral(match.Problem!));
            if (acks.Find(command.Text) is { } kept) return kept;
            var version = acks.Version;
            var message = new IncomingMessage(match.User.Id, new ConversationRef(SlackChannel.Name, command.ChannelId), command.Text);
            Func<Reply, CancellationToken, Task>? later = command.ResponseUrl is { } url
                ? (reply, ct) => api.RespondAsync(url, replies.Response(reply), ct)
                : null;
            var now = await inbound.AnswerOrDeferAsync(message, later, cancellationToken);
            if (now is null) return null;
            var ack = SlackAck.From(replies.Response(now));
            if (now.Reusable) acks.Keep(command.Text, version, ack);
            return ack;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return SlackAck.From(replies.Response(inbound.SomethingWentWrong(e)));
        }
    }

    /// <summary>
    /// A <c>block_actions</c> payload: the pressed button's value is the command it runs; text typed into the card's
    /// input blocks (block <c>odp-input-&lt;name&gt;</c>) is added as <c>--&lt;name&gt;</c> when the command takes it.
    /// Acked at once; the outcome reaches the presser through <c>response_url</c>.
    /// </summary>
    public SlackResponse? Interaction(JsonElement payload)
    {
        var press = SlackPress.From(payload)
            ?? throw new InvalidRequestException("The interaction payload has no user, button or response_url.");
        inbound.Defer(ct => PressAsync(press, ct), (reply, ct) => api.RespondAsync(press.ResponseUrl, replies.Response(reply), ct));
        return null;
    }

    private async Task<Reply> PressAsync(SlackPress press, CancellationToken cancellationToken)
    {
        var match = await identity.ToDirectoryAsync(press.UserId, cancellationToken);
        if (match.User is null) return new TextReply(match.Problem!);
        if (press.MissingInput is { } missing) return new TextReply(missing);
        var conversation = new ConversationRef(SlackChannel.Name, press.ChannelId);
        var card = press.MessageTs is null ? null : new MessageRef(conversation, press.MessageTs);
        return await inbound.AnswerAsync(new IncomingMessage(match.User.Id, conversation, press.CommandText(), card), cancellationToken);
    }
}
