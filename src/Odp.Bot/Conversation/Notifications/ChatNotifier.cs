using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Odp.Bot.Conversation.Views;
using Odp.Engine.Notifications;
using Odp.Engine.Storage.PostedCards;
using Odp.Engine.Tickets;

namespace Odp.Bot.Conversation.Notifications;

/// <summary>
/// Turns engine notifications into cards on every platform that can reach the person or team: owners get the
/// approval card, which is later updated in place with the decision; the requester hears of every change they did
/// not make themselves; the team hears when its workspace is ready; the ops team hears of repairs.
/// </summary>
public sealed class ChatNotifier(
    IEnumerable<IChatChannel> channels, IPostedCardStore posted, ReplyCards cards, IOptions<OpsOptions> ops, ILogger<ChatNotifier> logger)
    : INotifier
{
    public const string ApprovalCard = "approval";
    public const string ProgressCard = "progress";

    public Task NotifyAsync(Notification notification, CancellationToken cancellationToken) => notification switch
    {
        RequestFiled { Existing: false } filed => SendApprovalsAsync(filed, cancellationToken),
        RequestFiled => Task.CompletedTask,
        TicketChanged changed => SendChangeAsync(changed, cancellationToken),
        ProvisioningProgressed progress => SendProgressAsync(progress, cancellationToken),
        WorkspaceReady ready => SendAsync(new Audience.Team(ready.Workspace.Group), new CardReply(cards.WorkspaceReady(ready)), cancellationToken),
        OpsAlert alert => SendOpsAsync(alert, cancellationToken),
        _ => throw new ArgumentException($"No delivery for {notification.GetType().Name}.", nameof(notification)),
    };

    /// <summary>To the team conversation <c>Odp:Ops:Conversation</c>; with none set, only the log hears it.</summary>
    private async Task SendOpsAsync(OpsAlert alert, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(ops.Value.Conversation))
        {
            logger.LogWarning("{Title}: {Text} (set {Setting} to tell a team)", alert.Title, alert.Text, OpsOptions.Section + ":Conversation");
            return;
        }
        await SendAsync(new Audience.Team(ops.Value.Conversation), new TextReply($"{alert.Title}: {alert.Text}"), cancellationToken);
    }

    private async Task SendApprovalsAsync(RequestFiled filed, CancellationToken cancellationToken)
    {
        var card = new CardReply(cards.Approval(filed.Ticket, filed.Requester, filed.Dataset));
        foreach (var owner in filed.Owners.Where(o => !string.Equals(o.Id, filed.Requester.Id, StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var message in await SendAsync(new Audience.User(owner.Id), card, cancellationToken))
                await posted.AddAsync(filed.Ticket.Id, ApprovalCard, ToPosted(message), cancellationToken);
        }
    }

    private async Task SendChangeAsync(TicketChanged changed, CancellationToken cancellationToken)
    {
        var ticket = changed.Ticket;
        var names = new PeopleNames([changed.Requester, .. changed.Owners]);
        if (changed.Change.From == TicketState.Pending)
        {
            var decision = new CardReply(cards.Decision(ticket, names));
            foreach (var message in await posted.FindAsync(ticket.Id, ApprovalCard, cancellationToken))
                await UpdateAsync(FromPosted(message), decision, cancellationToken);
        }
        if (string.Equals(changed.Change.By, ticket.User, StringComparison.OrdinalIgnoreCase)) return;
        var card = cards.Ticket(ticket, names, Headlines.Change(ticket, changed.Change, names), TicketActions.ForRequester(ticket));
        await SendAsync(new Audience.User(ticket.User), new CardReply(card), cancellationToken);
    }

    /// <summary>One progress card per ticket for the requester, posted at the first step and updated after each.</summary>
    private async Task SendProgressAsync(ProvisioningProgressed progress, CancellationToken cancellationToken)
    {
        var card = new CardReply(cards.Progress(progress.Ticket, new PeopleNames([progress.Requester])));
        var existing = await posted.FindAsync(progress.Ticket.Id, ProgressCard, cancellationToken);
        foreach (var message in existing) await UpdateAsync(FromPosted(message), card, cancellationToken);
        if (existing.Count > 0) return;
        foreach (var message in await SendAsync(new Audience.User(progress.Ticket.User), card, cancellationToken))
            await posted.AddAsync(progress.Ticket.Id, ProgressCard, ToPosted(message), cancellationToken);
    }

    private static PostedCard ToPosted(MessageRef message) => new(message.Conversation.Platform, message.Conversation.Id, message.MessageId);

    private static MessageRef FromPosted(PostedCard card) => new(new ConversationRef(card.Platform, card.Conversation), card.Message);

    private async Task<IReadOnlyList<MessageRef>> SendAsync(Audience audience, Reply reply, CancellationToken cancellationToken)
    {
        var sent = new List<MessageRef>();
        foreach (var channel in channels)
        {
            try
            {
                if (await channel.SendAsync(audience, reply, cancellationToken) is { } message) sent.Add(message);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "{Platform} could not deliver to {Audience}", channel.Platform, audience);
            }
        }
        if (sent.Count == 0) logger.LogWarning("No platform could reach {Audience}", audience);
        return sent;
    }

    private async Task UpdateAsync(MessageRef message, Reply reply, CancellationToken cancellationToken)
    {
        var channel = channels.FirstOrDefault(c => c.Platform == message.Conversation.Platform);
        if (channel is null) return;
        try
        {
            await channel.UpdateAsync(message, reply, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "{Platform} could not update message {Message}", channel.Platform, message.MessageId);
        }
    }
}
