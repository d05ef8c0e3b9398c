using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Odp.Engine.Access;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces;

namespace Odp.Engine.Integrations.JupyterHub;

/// <summary>
/// When a grant ends (revoked or expired), the server of each member it covered (the requester; every team member for
/// a team grant) in that workspace goes too — stopped, or removed with
/// <see cref="JupyterHubOptions.RemoveServerOnLastRevoke"/> — unless another live grant of theirs (their own or their
/// team's) in the same workspace still needs it. Safe to run again: the hub is asked first, and a server that is already stopped (or
/// already gone, when removing) is left alone, so the hub sees one stop however often this runs. A hub that fails
/// throws; the outbox (<c>Outbox/OutboxDrain</c>) keeps the release owed and tries again.
/// </summary>
public sealed class JupyterServerRelease(
    JupyterHubClient hub,
    MemberGrants grants,
    LiveGrants liveGrants,
    WorkspaceNaming naming,
    IOptions<JupyterHubOptions> options,
    ILogger<JupyterServerRelease> logger)
{
    private static readonly TicketState[] MayHaveAServer = [TicketState.Provisioning, TicketState.Active, TicketState.Failed];

    /// <summary>True when a hub is configured, so ending a grant may have a server to release.</summary>
    public bool Enabled => options.Value.Enabled;

    /// <summary>True when servers are removed rather than stopped.</summary>
    public bool Removes => options.Value.RemoveServerOnLastRevoke;

    /// <summary>Whether a ticket that leaves <paramref name="state"/> may have started a server.</summary>
    public static bool MayHaveStarted(TicketState state) => MayHaveAServer.Contains(state);

    /// <summary>
    /// Stops or removes the servers of the members <paramref name="ended"/> covered who hold no other live grant in its
    /// workspace. Returns true when the hub was asked to stop or remove one, false when there was nothing to do.
    /// </summary>
    public async Task<bool> ReleaseAsync(TicketData ended, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ended);
        if (!Enabled) return false;
        var released = false;
        foreach (var member in await grants.MembersAsync(ended, cancellationToken))
        {
            var live = await liveGrants.OfMemberAsync(member, ended.Workspace, cancellationToken);
            if (live.Any(t => t.Id != ended.Id)) continue;
            released |= await ReleaseAsync(member, ended.Workspace, cancellationToken);
        }
        return released;
    }

    private async Task<bool> ReleaseAsync(string member, string workspace, CancellationToken cancellationToken)
    {
        var server = await naming.NameOfAsync(workspace, cancellationToken);
        var remove = Removes;
        // Stopping: only an active server is listed. Removing: a stopped one is listed too, and still needs removing.
        if (await hub.FindServerAsync(member, server, includeStopped: remove, cancellationToken) is null) return false;
        await hub.StopServerAsync(member, server, remove, cancellationToken);
        logger.LogInformation("{User}'s last grant in {Server} ended: their Jupyter server is {Outcome}", member, server, remove ? "removed" : "stopped");
        return true;
    }
}
