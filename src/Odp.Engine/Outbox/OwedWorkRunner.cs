using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Odp.Engine.Access;
using Odp.Engine.Access.Enforcement;
using Odp.Engine.Catalog;
using Odp.Engine.Integrations.JupyterHub;
using Odp.Engine.Integrations.Trino;
using Odp.Engine.Notifications;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces;

namespace Odp.Engine.Outbox;

/// <summary>Does one owed item for the ticket as it is stored now. Every kind is safe to run again.</summary>
public sealed class OwedWorkRunner(
    GrantSync grants,
    WorkspaceSync workspaces,
    IWorkspaceStore workspaceStore,
    IEnumerable<IWorkspaceRollout> rollouts,
    JupyterServerRelease servers,
    Participants participants,
    INotifier notifier,
    IOptions<TrinoOptions> trino,
    ILogger<OwedWorkRunner> logger)
{
    /// <summary>Runs <paramref name="item"/>; false when it found nothing to change (a team without a workspace), so there is nothing to roll out.</summary>
    public async Task<bool> RunAsync(OwedItem item, TicketData ticket, CancellationToken cancellationToken)
    {
        switch (item.Kind)
        {
            case OwedKind.ApplyGrants:
                await grants.ApplyAsync(cancellationToken);
                return true;
            case OwedKind.ReleaseServer:
                await servers.ReleaseAsync(ticket, cancellationToken);
                return true;
            case OwedKind.UpdateWorkspace:
                return await workspaces.UpdateAsync(ticket.Workspace, cancellationToken);
            case OwedKind.FollowRollout:
                foreach (var rollout in rollouts) await rollout.FollowAsync(ticket.Workspace, cancellationToken);
                return true;
            default:
                if (await MessageAsync(item, ticket, cancellationToken) is { } message)
                    await notifier.TryNotifyAsync(message, logger, cancellationToken);
                return true;
        }
    }

    private async Task<Notification?> MessageAsync(OwedItem item, TicketData ticket, CancellationToken cancellationToken)
    {
        var people = await participants.PeopleOfAsync(ticket, cancellationToken);
        switch (item.Kind)
        {
            case OwedKind.TellChange:
                var change = item.Event >= 0 && item.Event < ticket.Events.Count ? ticket.Events[item.Event] : ticket.Events[^1];
                return new TicketChanged(ticket, change, people.Requester, people.Owners);
            case OwedKind.TellProgress:
                return new ProvisioningProgressed(ticket, people.Requester);
            case OwedKind.TellFiled:
                if (people.Dataset is null) return null;
                var deciders = people.Owners.Where(o => !string.Equals(o.Id, ticket.User, StringComparison.OrdinalIgnoreCase)).ToList();
                return new RequestFiled(ticket, people.Dataset, people.Requester, deciders, Existing: false);
            default:
                var workspace = await workspaceStore.FindAsync(ticket.Workspace, cancellationToken)
                    ?? await workspaces.ProvisionAsync(ticket.Workspace, cancellationToken);
                var connection = TrinoConnectionInfo.For(trino.Value, ticket.User, DatasetName.Parse(ticket.Dataset));
                return new WorkspaceReady(ticket, people.Requester, workspace, connection);
        }
    }
}
