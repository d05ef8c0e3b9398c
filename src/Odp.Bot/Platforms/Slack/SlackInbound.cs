using System.Text.Json;
using Odp.Bot.Conversation;
using Odp.Bot.Conversation.Commands;
using Odp.Bot.Platforms.Slack.Api;
using Odp.Engine.Errors;

namespace Odp.Bot.Platforms.Slack;

/// <summary>
/// What Slack sends, handled the same way whichever transport brought it (HTTP or Socket Mode). Quick commands are
/// answered in the ack; everything else is acked at once and finished through <c>response_url</c>. Application errors
/// are ephemeral messages, never failures of the request.
/// </summary>
public sealed class SlackInbound(
    CommandDispatcher dispatcher,
    SlackIdentity identity,
    ISlackApi api,
    SlackReplies replies,
    BackgroundWork background,
    ILogger<SlackInbound> logger)
{
    /// <summary>A slash command. Returns the ack body, or null for an empty ack.</summary>
    public async Task<SlackResponse?> CommandAsync(SlackCommand command, CancellationToken cancellationToken)
    {
        try
        {
            var match = await identity.ToDirectoryAsync(command.UserId, cancellationToken);
            if (match.User is null) return SlackReplies.Ephemeral(match.Problem!);
            var message = new IncomingMessage(match.User.Id, new ConversationRef(SlackChannel.Name, command.ChannelId), command.Text);
            if (IsQuick(command.Text) || command.ResponseUrl is null)
                return replies.Response(await dispatcher.DispatchAsync(message, cancellationToken));
            background.Enqueue(async ct =>
                await api.RespondAsync(command.ResponseUrl, replies.Response(await dispatcher.DispatchAsync(message, ct)), ct));
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return SomethingWentWrong(e);
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
        background.Enqueue(ct => PressAsync(press, ct));
        return null;
    }

    private async Task PressAsync(SlackPress press, CancellationToken cancellationToken)
    {
        Reply reply;
        try
        {
            var match = await identity.ToDirectoryAsync(press.UserId, cancellationToken);
            reply = match.User is null ? new TextReply(match.Problem!)
                : press.MissingInput is { } missing ? new TextReply(missing)
                : await dispatcher.DispatchAsync(
                    new IncomingMessage(match.User.Id, new ConversationRef(SlackChannel.Name, press.ChannelId), press.CommandText(),
                        press.MessageTs is null ? null : new MessageRef(new ConversationRef(SlackChannel.Name, press.ChannelId), press.MessageTs)),
                    cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            reply = new TextReply(SomethingWentWrong(e).Text);
        }
        await api.RespondAsync(press.ResponseUrl, replies.Response(reply), cancellationToken);
    }

    private SlackResponse SomethingWentWrong(Exception e)
    {
        var reference = ErrorReference.New();
        logger.LogError(e, "Slack request failed (ref {Reference})", reference);
        return SlackReplies.Ephemeral($"Something went wrong on our side (ref {reference}). Please try again, or give the ref to an admin.");
    }

    private static bool IsQuick(string text)
    {
        try
        {
            return CommandParser.Parse(text).Spec.Quick;
        }
        catch (CommandParseException)
        {
            return true; // the dispatcher answers bad input with a usage message at once
        }
    }
}
