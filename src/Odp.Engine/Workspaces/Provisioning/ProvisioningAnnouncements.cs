using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Odp.Engine.Access;
using Odp.Engine.Catalog;
using Odp.Engine.Integrations.Trino;
using Odp.Engine.Notifications;
using Odp.Engine.Storage;
using Odp.Engine.Tickets;

namespace Odp.Engine.Workspaces.Provisioning;

/// <summary>
/// What people hear when provisioning ends — Active: the change, then the team's ready message; Failed: the progress
/// card, then the change — kept in an outbox (the LiteDB collection <c>announcements</c>) from before the outcome is
/// stored until each message went out. A crash in between delays the messages to the next worker pass instead of
/// losing them. Delivery is at least once: a message that went out just before a crash, unmarked, is sent again.
/// </summary>
public sealed class ProvisioningAnnouncements(
    OdpDatabase database,
    ITicketStore store,
    WorkspaceSync workspaces,
    IWorkspaceStore workspaceStore,
    Participants participants,
    INotifier notifier,
    IOptions<TrinoOptions> trino,
    ILogger<ProvisioningAnnouncements> logger)
{
    private const string Change = "change";
    private const string Ready = "ready";
    private const string Progress = "progress";

    private readonly ILiteCollection<BsonDocument> owed = database.Database.GetCollection("announcements");

    /// <summary>Called before the outcome of <paramref name="ticketId"/> is stored: its messages are owed from now on.</summary>
    public Task ExpectAsync(string ticketId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        owed.Upsert(new BsonDocument { ["_id"] = ticketId, ["sent"] = new BsonArray() });
        return Task.CompletedTask;
    }

    /// <summary>True while some stored outcome has not been told.</summary>
    public bool AnyOwed => owed.Count() > 0;

    /// <summary>Sends what <paramref name="ticket"/>'s outcome owes and not yet sent, marking each message as it goes.</summary>
    public async Task DeliverAsync(TicketData ticket, CancellationToken cancellationToken)
    {
        var entry = owed.FindById(ticket.Id);
        if (entry is null) return;
        var sent = entry["sent"].AsArray.Select(v => v.AsString).ToHashSet(StringComparer.Ordinal);
        var people = await participants.PeopleOfAsync(ticket, cancellationToken);
        var messages = ticket.State == TicketState.Active ? new[] { Change, Ready } : [Progress, Change];
        foreach (var message in messages.Where(m => !sent.Contains(m)))
        {
            await notifier.TryNotifyAsync(await MessageAsync(message, ticket, people, cancellationToken), logger, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            entry["sent"].AsArray.Add(message);
            owed.Update(entry);
        }
        owed.Delete(ticket.Id);
    }

    /// <summary>
    /// Delivers what an earlier process stored but did not tell. A ticket still provisioning is left to the worker;
    /// one that has since moved on (revoked, expired, retried into another outcome) owes nothing any more.
    /// </summary>
    public async Task DeliverOwedAsync(CancellationToken cancellationToken)
    {
        foreach (var id in owed.FindAll().Select(d => d["_id"].AsString).ToList())
        {
            var ticket = await store.FindAsync(id, cancellationToken);
            if (ticket?.State == TicketState.Provisioning) continue;
            if (ticket?.State is TicketState.Active or TicketState.Failed)
            {
                logger.LogInformation("{Ticket}: telling its {State} outcome, which a stopped process did not", id, ticket.State);
                await DeliverAsync(ticket.Data, cancellationToken);
            }
            else
            {
                owed.Delete(id);
            }
        }
    }

    private async Task<Notification> MessageAsync(string message, TicketData ticket, TicketPeople people, CancellationToken cancellationToken)
    {
        switch (message)
        {
            case Progress:
                return new ProvisioningProgressed(ticket, people.Requester);
            case Change:
                return new TicketChanged(ticket, ticket.Events.Last(e => e.To == ticket.State), people.Requester, people.Owners);
            default:
                var workspace = await workspaceStore.FindAsync(ticket.Workspace, cancellationToken)
                    ?? await workspaces.ProvisionAsync(ticket.Workspace, cancellationToken);
                var connection = TrinoConnectionInfo.For(trino.Value, ticket.User, DatasetName.Parse(ticket.Dataset));
                return new WorkspaceReady(ticket, people.Requester, workspace, connection);
        }
    }
}
