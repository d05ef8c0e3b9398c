using System.Text.Json;
using Odp.Bot.Conversation;
using Odp.Bot.Conversation.Commands;
using Odp.Bot.Platforms.Slack.Api;
using Odp.Engine.Errors;
using Odp.Engine.Storage.Deliveries;
using Odp.Engine.Telemetry;

namespace Odp.Bot.Platforms.Slack;

/// <summary>
/// What Slack sends, handled the same way whichever transport brought it (HTTP or Socket Mode). Quick commands are
/// answered in the ack; everything else is acked at once and finished through <c>response_url</c>. The Slack user is
/// looked up (<c>users.info</c>) only for commands that need to know who asks. A command answered after the ack runs
/// once per delivery: a replay of the same signed request, or a redelivered envelope, is acked and runs nothing,
/// whichever replica it reaches (see <see cref="IDeliveryLog"/>). When the background work is full, a command is
/// answered busy in its ack and a press is told so through its <c>response_url</c> before the ack (within
/// <see cref="NoticeTimeout"/>); neither is kept. Application errors (a delivery log that can't be reached included)
/// are ephemeral messages, never failures of the request.
/// </summary>
public sealed class SlackInbound(
    ConversationInbound inbound,
    SlackIdentity identity,
    ISlackApi api,
    SlackReplies replies,
    AnswerCache<SlackAck> acks,
    IDeliveryLog deliveries,
    OdpMetrics metrics,
    TimeProvider time,
    ILogger<SlackInbound> logger)
{
    /// <summary>How long a press refused before the ack may spend telling the presser so (Slack waits 3 s for the ack).</summary>
    public static readonly TimeSpan NoticeTimeout = TimeSpan.FromSeconds(1);

    /// <summary>
    /// A slash command. Returns the ack body, or null for an empty ack. A reusable answer (a search, the help) is kept
    /// and sent again for the same text, whoever asks, until the catalog changes. <paramref name="delivery"/> is asked
    /// for only when the command acts (computing it costs a hash).
    /// </summary>
    public async Task<SlackAck?> CommandAsync(SlackCommand command, Func<SlackDelivery> delivery, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        using var span = OdpTraces.Chat.StartActivity("Slack.Command");
        try
        {
            if (acks.Find(command.Text) is { } kept) return kept;
            var traits = CommandTraits.Of(command.Text);
            switch (traits.AfterAck ? await AdmitAsync(delivery(), cancellationToken) : DeliveryVerdict.First)
            {
                case DeliveryVerdict.Repeat: return null;
                case DeliveryVerdict.Full: return SlackAck.From(SlackReplies.Ephemeral(TooManyToTell));
            }
            var version = acks.Version;
            var conversation = new ConversationRef(SlackChannel.Name, command.ChannelId);
            Func<Reply, CancellationToken, Task>? later = command.ResponseUrl is { } url
                ? (reply, ct) => api.RespondAsync(url, replies.Response(reply), ct)
                : null;
            var now = await inbound.AnswerOrDeferAsync(
                command.Text, traits, conversation, ct => identity.ToDirectoryAsync(command.UserId, ct), later, cancellationToken);
            if (now is null) return null;
            var ack = replies.Ack(now);
            if (now.Reusable) acks.Keep(command.Text, version, ack);
            return ack;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return replies.Ack(inbound.SomethingWentWrong(e));
        }
        finally
        {
            metrics.Acked(SlackChannel.Name, "command", time.GetElapsedTime(started));
        }
    }

    /// <summary>
    /// A <c>block_actions</c> payload: the pressed button's value is the command it runs; text typed into the card's
    /// input blocks (block <c>odp-input-&lt;name&gt;</c>) is added as <c>--&lt;name&gt;</c> when the command takes it.
    /// Acked at once; the outcome reaches the presser through <c>response_url</c>.
    /// </summary>
    public async Task<SlackResponse?> InteractionAsync(JsonElement payload, SlackDelivery delivery, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        using var span = OdpTraces.Chat.StartActivity("Slack.Action");
        try
        {
            return await PressedAsync(payload, delivery, cancellationToken);
        }
        finally
        {
            metrics.Acked(SlackChannel.Name, "action", time.GetElapsedTime(started));
        }
    }

    private async Task<SlackResponse?> PressedAsync(JsonElement payload, SlackDelivery delivery, CancellationToken cancellationToken)
    {
        var press = SlackPress.From(payload)
            ?? throw new InvalidRequestException("The interaction payload has no user, button or response_url.");
        var text = press.CommandText();
        var traits = CommandTraits.Of(text);
        Func<Reply, CancellationToken, Task> respond = (reply, ct) => api.RespondAsync(press.ResponseUrl, replies.Response(reply), ct);
        DeliveryVerdict verdict;
        try
        {
            verdict = traits.AfterAck ? await AdmitAsync(delivery, cancellationToken) : DeliveryVerdict.First;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await TellNowAsync(press, inbound.SomethingWentWrong(e), cancellationToken);
            return null;
        }

        switch (verdict)
        {
            case DeliveryVerdict.First when !inbound.TryDefer(ct => PressAsync(press, text, traits, ct), respond):
                await TellNowAsync(press, inbound.Busy, cancellationToken);
                break;
            case DeliveryVerdict.Full:
                await TellNowAsync(press, new TextReply(TooManyToTell), cancellationToken);
                break;
        }
        return null;
    }

    /// <summary>
    /// Tells the presser why nothing was done, before the ack and within <see cref="NoticeTimeout"/>, so a refusal
    /// keeps nothing queued. A notice that can't be sent in time is logged.
    /// </summary>
    private async Task TellNowAsync(SlackPress press, TextReply notice, CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(NoticeTimeout, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            await api.RespondAsync(press.ResponseUrl, replies.Response(notice), either.Token);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Could not tell Slack user {User} within {Timeout} that their press was refused ({Notice})",
                press.UserId, NoticeTimeout, notice.Text);
        }
    }

    private string TooManyToTell =>
        $"I've had more than {deliveries.Capacity:N0} requests that change something in the last few minutes, so I can't " +
        "tell whether this one is new or a repeat. Nothing was done; please try again in a few minutes.";

    private async Task<DeliveryVerdict> AdmitAsync(SlackDelivery delivery, CancellationToken cancellationToken)
    {
        var verdict = await deliveries.AdmitAsync(delivery.Key, delivery.ForgetAt, cancellationToken);
        if (verdict == DeliveryVerdict.Repeat)
            logger.LogInformation("Slack delivered a request that already ran (a replay or a redelivery); acked, nothing run");
        else if (verdict == DeliveryVerdict.Full)
            logger.LogWarning("Slack replay memory is full ({Capacity} recent requests); a request was refused", deliveries.Capacity);
        return verdict;
    }

    private Task<Reply> PressAsync(SlackPress press, string text, CommandTraits traits, CancellationToken cancellationToken)
    {
        if (press.MissingInput is { } missing) return Task.FromResult<Reply>(new TextReply(missing));
        var conversation = new ConversationRef(SlackChannel.Name, press.ChannelId);
        var card = press.MessageTs is null ? null : new MessageRef(conversation, press.MessageTs);
        return inbound.AnswerAsync(text, traits, conversation, card, ct => identity.ToDirectoryAsync(press.UserId, ct), cancellationToken);
    }
}
