using Odp.Engine.Integrations.JupyterHub;
using Odp.Engine.Outbox;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces;

namespace Odp.Engine.Access.Ending;

/// <summary>
/// What a revoked or expired ticket owes, in order, stored with the ending in one transaction: Trino's access without
/// the grant (when it granted), the member's Jupyter server (<see cref="JupyterServerRelease"/>), the team's workspace
/// from its remaining grants (when it granted), the notice to the requester and owners, and (gitops) following that
/// workspace change to the end.
/// </summary>
public sealed class EndingWork(JupyterServerRelease servers, IEnumerable<IWorkspaceRollout> rollouts)
{
    /// <summary>Called right after <paramref name="ended"/> was revoked or expired, before it is stored.</summary>
    public void Owe(Ticket ended)
    {
        ArgumentNullException.ThrowIfNull(ended);
        var left = ended.Data.Events[^1].From;
        var granted = left is { } l && LiveGrants.IsLive(l);
        if (granted) ended.Owe(OwedKind.ApplyGrants);
        if (servers.Enabled && left is { } from && JupyterServerRelease.MayHaveStarted(from)) ended.Owe(OwedKind.ReleaseServer);
        if (granted) ended.Owe(OwedKind.UpdateWorkspace);
        ended.Owe(OwedKind.TellChange);
        if (granted && rollouts.Any()) ended.Owe(OwedKind.FollowRollout);
    }
}
