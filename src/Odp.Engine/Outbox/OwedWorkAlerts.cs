using Microsoft.Extensions.Logging;
using Odp.Engine.Integrations.JupyterHub;
using Odp.Engine.Notifications;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces;

namespace Odp.Engine.Outbox;

/// <summary>
/// Tells operators when owed work fails: on the first failed attempt (ODP keeps trying) and on the last one (ODP gave
/// up, someone must finish it by hand) — not on every pass in between.
/// </summary>
public sealed class OwedWorkAlerts(
    INotifier notifier, JupyterServerRelease servers, WorkspaceNaming naming, TimeProvider time, ILogger<OwedWorkAlerts> logger)
{
    public async Task FailedAsync(OwedKind kind, TicketData ticket, Exception error, int attempt, int maxAttempts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(error);
        if (attempt != 1 && attempt < maxAttempts) return;
        var ended = ticket.State is TicketState.Revoked or TicketState.Expired;
        var what = $"{ticket.Id} ({ticket.User}, {ticket.Dataset}) was {ticket.State.ToString().ToLowerInvariant()}";
        var server = await naming.NameOfAsync(ticket.Workspace, cancellationToken);
        var (title, text) = kind switch
        {
            OwedKind.ReleaseServer => ("Jupyter server still running",
                $"{ticket.User}'s last grant in workspace {server} ended ({what}), but JupyterHub did not {(servers.Removes ? "remove" : "stop")} their server {server}"),
            OwedKind.UpdateWorkspace => ("Workspace not updated", $"{what}, but the workspace of team {ticket.Workspace} was not updated"),
            OwedKind.FollowRollout => ("Workspace change not rolled out", $"{what} and the workspace of team {ticket.Workspace} changed, but the change did not roll out"),
            _ => ("Owed work incomplete", $"{ticket.Id} ({ticket.User}, {ticket.Dataset}) is {ticket.State.ToString().ToLowerInvariant()}, but {Describe(kind)} failed"),
        };
        var refused = ended ? $" Trino already refuses {ticket.User}." : "";
        var next = attempt < maxAttempts
            ? "ODP tries again on its next passes."
            : $"ODP gave up after {attempt} attempts; finish it by hand.";
        await notifier.TryNotifyAsync(new OpsAlert(title, $"{text}: {error.Message}.{refused} {next}", time.GetUtcNow()), logger, cancellationToken);
    }

    private static string Describe(OwedKind kind) => kind switch
    {
        OwedKind.TellReady => "telling the team their workspace is ready",
        OwedKind.TellFiled => "asking the owners to decide",
        _ => "telling people of the change",
    };
}
