using LiteDB;
using Microsoft.Extensions.Logging;
using Odp.Engine.Access.Enforcement;
using Odp.Engine.Integrations.JupyterHub;
using Odp.Engine.Notifications;
using Odp.Engine.Storage;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces;
using static Odp.Engine.Access.Ending.EndingParts;

namespace Odp.Engine.Access.Ending;

/// <summary>
/// What a ticket that was revoked or expired still owes, kept in an outbox (the LiteDB collection <c>endings</c>)
/// from before the ended ticket is stored until each part is done, so a process that dies in between leaves the work
/// to the next worker pass instead of losing it. The parts, in order:
/// <list type="bullet">
/// <item><c>rules</c>: rewrite Trino's rules without the grant (when the ticket granted);</item>
/// <item><c>server</c>: stop or remove the member's Jupyter server (<see cref="JupyterServerRelease"/>);</item>
/// <item><c>workspace</c>: update the team's workspace from the remaining grants (when the ticket granted);</item>
/// <item><c>notice</c>: tell the requester and owners (expiry only; a revocation is told by the person's command);</item>
/// <item><c>rollout</c>: follow that workspace change to the end (gitops: its pipeline), on worker passes only.</item>
/// </list>
/// Every part is safe to run again. A failing part other than <c>rules</c> is retried on the next passes, up to
/// <see cref="MaxAttempts"/>; operators are alerted on the first failure and when ODP gives up (<see cref="EndingAlerts"/>).
/// </summary>
public sealed class GrantEndings(
    OdpDatabase database,
    ITicketStore store,
    TicketLocks locks,
    GrantSync grants,
    WorkspaceSync workspaces,
    IEnumerable<IWorkspaceRollout> rollouts,
    JupyterServerRelease servers,
    Participants participants,
    INotifier notifier,
    EndingAlerts alerts,
    ILogger<GrantEndings> logger)
{
    /// <summary>How many passes with a failing part an ending gets before ODP gives up on it.</summary>
    public const int MaxAttempts = 10;

    private readonly ILiteCollection<BsonDocument> owed = database.Database.GetCollection("endings");

    /// <summary>True while some ended ticket still owes a part.</summary>
    public bool AnyOwed => owed.Count() > 0;

    /// <summary>
    /// Called on the ticket's lock right after it was revoked or expired and before it is stored: from now on its
    /// parts are owed. <paramref name="tell"/> adds the notice (the expiry sweep; nobody typed a command).
    /// </summary>
    public void Record(TicketData ended, bool tell)
    {
        ArgumentNullException.ThrowIfNull(ended);
        var left = ended.Events[^1].From;
        var granted = left is { } l && LiveGrants.IsLive(l);
        var parts = new List<string>();
        if (granted) parts.Add(Rules);
        if (servers.Enabled && left is { } from && JupyterServerRelease.MayHaveStarted(from)) parts.Add(Server);
        if (granted) parts.Add(Workspace);
        if (tell) parts.Add(Notice);
        if (granted && rollouts.Any()) parts.Add(Rollout);
        if (parts.Count == 0) return;
        owed.Upsert(new BsonDocument
        {
            ["_id"] = ended.Id,
            ["parts"] = new BsonArray(parts.Select(p => new BsonValue(p))),
            ["attempts"] = 0,
        });
    }

    /// <summary>
    /// Does what <paramref name="ticketId"/>'s ending still owes, on the ticket's lock; the rollout only with
    /// <paramref name="followRollout"/> (a worker pass; a pipeline takes minutes). A failing <c>rules</c> part throws,
    /// so nobody hears of an ending Trino does not hold yet; other failures are counted, alerted and left owed.
    /// An entry whose ticket was never stored as ended (the store failed after <see cref="Record"/>) is dropped.
    /// </summary>
    public async Task FinishAsync(string ticketId, bool followRollout, CancellationToken cancellationToken)
    {
        using var _ = await locks.AcquireAsync(ticketId, cancellationToken);
        if (owed.FindById(ticketId) is not { } entry) return;
        var ticket = await store.FindAsync(ticketId, cancellationToken);
        if (ticket?.State is not (TicketState.Revoked or TicketState.Expired))
        {
            owed.Delete(ticketId);
            return;
        }

        var parts = entry["parts"].AsArray.Select(v => v.AsString).ToHashSet(StringComparer.Ordinal);
        var failed = false;
        foreach (var part in Order.Where(parts.Contains))
        {
            // A workspace change that was not made has nothing to roll out yet.
            if (part == Rollout && (!followRollout || parts.Contains(Workspace))) break;
            try
            {
                if (!await RunAsync(part, ticket.Data, cancellationToken)) parts.Remove(Rollout);
            }
            catch (Exception e) when (part != Rules && !cancellationToken.IsCancellationRequested)
            {
                logger.LogError(e, "{Ticket}: the {Part} part of its ending failed", ticketId, part);
                if (!failed) entry["attempts"] = entry["attempts"].AsInt32 + 1;
                failed = true;
                await alerts.FailedAsync(part, ticket.Data, e, entry["attempts"].AsInt32, MaxAttempts, cancellationToken);
                continue;
            }
            cancellationToken.ThrowIfCancellationRequested();
            parts.Remove(part);
            entry["parts"] = new BsonArray(parts.Select(p => new BsonValue(p)));
            owed.Update(entry);
        }

        if (parts.Count == 0 || entry["attempts"].AsInt32 >= MaxAttempts) owed.Delete(ticketId);
        else owed.Update(entry);
    }

    /// <summary>Finishes every owed ending (a worker pass); one that fails is logged and tried on the next pass.</summary>
    public async Task FinishOwedAsync(CancellationToken cancellationToken)
    {
        foreach (var id in owed.FindAll().Select(d => d["_id"].AsString).ToList())
        {
            try
            {
                await FinishAsync(id, followRollout: true, cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogError(e, "{Ticket}: finishing its ending failed; the next pass tries again", id);
            }
        }
    }

    /// <summary>Runs one part; false when the team has no workspace, so there is no change to roll out.</summary>
    private async Task<bool> RunAsync(string part, TicketData ticket, CancellationToken cancellationToken)
    {
        switch (part)
        {
            case Rules:
                await grants.ApplyAsync(cancellationToken);
                return true;
            case Server:
                await servers.ReleaseAsync(ticket, cancellationToken);
                return true;
            case Workspace:
                return await workspaces.UpdateAsync(ticket.Workspace, cancellationToken);
            case Notice:
                var people = await participants.PeopleOfAsync(ticket, cancellationToken);
                await notifier.TryNotifyAsync(new TicketChanged(ticket, ticket.Events[^1], people.Requester, people.Owners), logger, cancellationToken);
                return true;
            default:
                foreach (var rollout in rollouts) await rollout.FollowAsync(ticket.Workspace, cancellationToken);
                return true;
        }
    }
}
