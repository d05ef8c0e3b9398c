using System.Text;
using Odp.Bot.Conversation.Commands;
using Odp.Engine.Access;
using Odp.Engine.Access.Enforcement;
using Odp.Engine.Errors;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces;

namespace Odp.Bot.Conversation.Handlers;

/// <summary><c>workspace [status] [TEAM]</c>: the user's team workspaces, their live grants and Jupyter links.</summary>
public sealed class WorkspaceCommands(IWorkspaceStore workspaces, ITicketStore tickets, Participants participants)
{
    public async Task<Reply> StatusAsync(string userId, ParsedCommand command, CancellationToken cancellationToken)
    {
        var args = command.Arguments.ToList();
        if (args.Count > 0 && args[0].Equals("status", StringComparison.OrdinalIgnoreCase)) args.RemoveAt(0);
        if (args.Count > 1)
            throw new InvalidRequestException($"`workspace` takes at most one team name, but got \"{string.Join(' ', args)}\".", command.Spec.Usage);

        var user = await participants.RequireUserAsync(userId, cancellationToken);
        var teams = args.Count == 1 ? [args[0]] : user.Groups;
        if (args.Count == 1 && !user.Groups.Contains(args[0], StringComparer.OrdinalIgnoreCase))
            throw new Engine.Errors.NotAllowedException($"You're not in the team {args[0]}. Yours: {string.Join(", ", user.Groups)}.");

        var text = new StringBuilder();
        foreach (var team in teams)
        {
            var workspace = await workspaces.FindAsync(team, cancellationToken);
            if (workspace is null)
            {
                text.AppendLine($"{team}: no workspace yet. It is created when the team's first request is approved.");
                continue;
            }
            var live = await tickets.QueryAsync(new TicketQuery(States: GrantSync.GrantingStates, Workspace: team), cancellationToken);
            text.AppendLine($"{team}: workspace {workspace.Name} (namespace {workspace.Namespace})");
            text.AppendLine($"  files: {workspace.Location}");
            if (workspace.JupyterUrls.TryGetValue(user.Id, out var jupyter)) text.AppendLine($"  your Jupyter: {jupyter}");
            foreach (var t in live.Select(t => t.Data))
                text.AppendLine($"  {t.Id} {t.Dataset} → {t.User} ({t.Access.ToString().ToLowerInvariant()}), {t.State}{(t.ExpiresAt is { } e ? ", until " + Views.Display.Time(e) : "")}");
            if (live.Count == 0) text.AppendLine("  no live grants");
        }
        if (teams.Count == 0) text.AppendLine("You're not in any team, so you have no workspace.");
        return new TextReply(text.ToString().TrimEnd());
    }
}
