using Microsoft.Extensions.Logging;
using Odp.Engine.Integrations.JupyterHub;
using Odp.Engine.Notifications;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces;

namespace Odp.Engine.Access.Ending;

/// <summary>
/// Tells operators when part of a grant's ending fails: on the first failed attempt (ODP keeps trying) and on the
/// last one (ODP gave up, someone must finish it by hand) — not on every pass in between.
/// </summary>
public sealed class EndingAlerts(
    INotifier notifier, JupyterServerRelease servers, WorkspaceNaming naming, TimeProvider time, ILogger<EndingAlerts> logger)
{
    public async Task FailedAsync(string part, TicketData ticket, Exception error, int attempt, int maxAttempts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(error);
        if (attempt != 1 && attempt < maxAttempts) return;
        var ended = $"{ticket.Id} ({ticket.User}, {ticket.Dataset}) was {ticket.State.ToString().ToLowerInvariant()}";
        var server = await naming.NameOfAsync(ticket.Workspace, cancellationToken);
        var (title, what) = part switch
        {
            EndingParts.Server => ("Jupyter server still running",
                $"{ticket.User}'s last grant in workspace {server} ended ({ended}), but JupyterHub did not {(servers.Removes ? "remove" : "stop")} their server {server}"),
            EndingParts.Workspace => ("Workspace not updated", $"{ended}, but the workspace of team {ticket.Workspace} was not updated"),
            EndingParts.Rollout => ("Workspace change not rolled out", $"{ended} and the workspace of team {ticket.Workspace} changed, but the change did not roll out"),
            _ => ("Ending incomplete", $"{ended}, but its {part} step failed"),
        };
        var next = attempt < maxAttempts
            ? "ODP tries again on its next passes."
            : $"ODP gave up after {attempt} attempts; finish it by hand.";
        await notifier.TryNotifyAsync(
            new OpsAlert(title, $"{what}: {error.Message}. Trino already refuses {ticket.User}. {next}", time.GetUtcNow()), logger, cancellationToken);
    }
}
