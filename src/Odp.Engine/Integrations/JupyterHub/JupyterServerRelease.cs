using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Odp.Engine.Access.Enforcement;
using Odp.Engine.Notifications;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces;

namespace Odp.Engine.Integrations.JupyterHub;

/// <summary>
/// When a grant ends (revoked or expired), the member's server for that workspace goes too — stopped, or removed with
/// <see cref="JupyterHubOptions.RemoveServerOnLastRevoke"/> — unless another live grant of theirs in the same
/// workspace still needs it. A hub that fails does not undo the revocation: it is logged and operators get an alert.
/// </summary>
public sealed class JupyterServerRelease(
    JupyterHubClient hub,
    ITicketStore tickets,
    INotifier notifier,
    IOptions<JupyterHubOptions> options,
    TimeProvider time,
    ILogger<JupyterServerRelease> logger)
{
    private static readonly TicketState[] MayHaveAServer = [TicketState.Provisioning, TicketState.Active, TicketState.Failed];

    /// <summary>
    /// For each member and workspace of <paramref name="ended"/> (tickets that just left a state that may have started a
    /// server), stops or removes the member's server when they hold no other live grant there. Returns the servers
    /// released, as (user, server name).
    /// </summary>
    public async Task<IReadOnlyList<(string User, string Server)>> ReleaseAsync(IEnumerable<TicketData> ended, CancellationToken cancellationToken)
    {
        var released = new List<(string, string)>();
        if (!options.Value.Enabled) return released;
        var candidates = ended
            .Where(t => t.Events[^1].From is { } from && MayHaveAServer.Contains(from))
            .Select(t => (t.User, t.Workspace))
            .Distinct();
        foreach (var (user, group) in candidates)
        {
            var live = await tickets.QueryAsync(new TicketQuery(States: GrantSync.GrantingStates, Workspace: group), cancellationToken);
            if (live.Any(t => t.Data.User.Equals(user, StringComparison.OrdinalIgnoreCase))) continue;
            var server = WorkspaceNames.FromGroup(group);
            if (await TryStopAsync(user, server, cancellationToken)) released.Add((user, server));
        }
        return released;
    }

    private async Task<bool> TryStopAsync(string user, string server, CancellationToken cancellationToken)
    {
        var remove = options.Value.RemoveServerOnLastRevoke;
        try
        {
            await hub.StopServerAsync(user, server, remove, cancellationToken);
            logger.LogInformation("{User}'s last grant in {Server} ended: their Jupyter server is {Outcome}", user, server, remove ? "removed" : "stopped");
            return true;
        }
        catch (Exception e) when (e is JupyterHubException or HttpRequestException)
        {
            logger.LogError(e, "Could not {Action} {User}'s Jupyter server {Server} after their last grant ended", remove ? "remove" : "stop", user, server);
            await notifier.TryNotifyAsync(new OpsAlert(
                "Jupyter server still running",
                $"{user}'s last grant in workspace {server} ended, but JupyterHub did not {(remove ? "remove" : "stop")} their server {server}: {e.Message}. " +
                "Trino already refuses them; stop the server on the hub.",
                time.GetUtcNow()), logger, cancellationToken);
            return false;
        }
    }
}
