using System.Text;
using Odp.Bot.Conversation.Commands;
using Odp.Engine.Access;
using Odp.Engine.Budget;
using Odp.Engine.Directory;
using Odp.Engine.Errors;
using Odp.Engine.Integrations.JupyterHub;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces;

namespace Odp.Bot.Conversation.Handlers;

/// <summary>
/// <c>workspace [status|launch|stop] [TEAM]</c>: the user's team workspaces with their live grants, Jupyter servers
/// and expiry; <c>launch</c> starts the user's Jupyter server for a team now (only while they hold an Active grant
/// there), <c>stop</c> stops it.
/// </summary>
public sealed class WorkspaceCommands(
    IWorkspaceStore workspaces, LiveGrants liveGrants, MemberGrants grants, Participants participants, JupyterServers jupyter)
{
    private const string NotConfigured =
        "Jupyter servers aren't set up on this ODP yet (an admin sets Odp:JupyterHub:Url and Token). Your workspace files and grants work as usual.";

    public async Task<Reply> HandleAsync(string userId, ParsedCommand command, CancellationToken cancellationToken)
    {
        var args = command.Arguments.ToList();
        var action = args.Count > 0 && args[0].ToLowerInvariant() is "status" or "launch" or "stop" ? args[0].ToLowerInvariant() : "status";
        if (args.Count > 0 && args[0].Equals(action, StringComparison.OrdinalIgnoreCase)) args.RemoveAt(0);
        if (args.Count > 1)
            throw new InvalidRequestException($"`workspace` takes at most one team name, but got \"{string.Join(' ', args)}\".");

        if (args.Count == 1) InputLimits.Name(args[0], "A team name");
        var user = await participants.RequireUserAsync(userId, cancellationToken);
        if (args.Count == 1 && !user.Groups.Contains(args[0], StringComparer.OrdinalIgnoreCase))
            throw new NotAllowedException($"You're not in the team {args[0]}. Yours: {string.Join(", ", user.Groups)}.");
        return action switch
        {
            "launch" or "stop" when !jupyter.Enabled => new TextReply(NotConfigured),
            "launch" => await LaunchAsync(user, Team(user, args, command), cancellationToken),
            "stop" => await StopAsync(user, Team(user, args, command), cancellationToken),
            _ => await StatusAsync(user, args.Count == 1 ? [args[0]] : user.Groups, cancellationToken),
        };
    }

    /// <summary>Starts the member's server, only while they hold an Active grant (their own or their team's) in the team's workspace.</summary>
    private async Task<Reply> LaunchAsync(DirectoryUser user, string team, CancellationToken cancellationToken)
    {
        if (await workspaces.FindAsync(team, cancellationToken) is null)
            return new TextReply($"{team} has no workspace yet. It is created when the team's first request is approved.");
        var mine = await grants.InWorkspaceAsync(user.Id, team, states: null, cancellationToken);
        if (!mine.Any(t => t.State == TicketState.Active)) return new TextReply(WhyNoLaunch(team, mine));
        var url = await jupyter.LaunchAsync(user.Id, team, dataset: null, cancellationToken);
        return new TextReply($"Your Jupyter server for {team} is running: {url}");
    }

    /// <summary>Why a member without an Active grant in <paramref name="team"/> can't launch, and what gets them there.</summary>
    private static string WhyNoLaunch(string team, IReadOnlyList<TicketData> mine)
    {
        var open = mine.LastOrDefault(t => t.State is TicketState.Pending or TicketState.Approved or TicketState.Provisioning or TicketState.Failed);
        var lead = $"You can't launch a Jupyter server in {team} yet: it runs only while you hold live access to data there.";
        if (open is not null)
        {
            var where = open.State switch
            {
                TicketState.Pending => $"is waiting for an owner of {open.Dataset} to approve it",
                TicketState.Approved or TicketState.Provisioning => "is being set up; your server starts by itself when it's ready",
                _ => $"failed while being set up; `/odp retry {open.Id}` resumes it",
            };
            return $"{lead} Your request {open.Id} for {open.Dataset} {where}. `/odp status {open.Id}` shows where it stands.";
        }
        var ended = mine.LastOrDefault(t => t.State is TicketState.Expired or TicketState.Revoked);
        var before = ended is null ? "" : $" Your last access there, {ended.Id} to {ended.Dataset}, was {ended.State.ToString().ToLowerInvariant()}.";
        return $"{lead}{before} Find a dataset with `/odp search WORDS`, then ask for it with " +
            $"`/odp request DATASET --reason \"why\" --workspace {team}`; once an owner approves, your server starts by itself.";
    }

    private async Task<Reply> StopAsync(DirectoryUser user, string team, CancellationToken cancellationToken)
    {
        await jupyter.StopAsync(user.Id, team, cancellationToken);
        return new TextReply($"Your Jupyter server for {team} is stopped. `/odp workspace launch {team}` starts it again; your files stay.");
    }

    private async Task<Reply> StatusAsync(DirectoryUser user, IReadOnlyList<string> teams, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        foreach (var team in teams)
        {
            var workspace = await workspaces.FindAsync(team, cancellationToken);
            if (workspace is null)
            {
                text.AppendLine($"{team}: no workspace yet. It is created when the team's first request is approved.");
                continue;
            }
            var live = await liveGrants.InWorkspaceAsync(team, cancellationToken);
            text.AppendLine($"{team}: workspace {workspace.Name} (namespace {workspace.Namespace})");
            text.AppendLine($"  files: {workspace.Location}");
            text.AppendLine($"  your Jupyter: {await JupyterLineAsync(user, team, workspace, cancellationToken)}");
            foreach (var t in live)
                text.AppendLine($"  {t.Id} {t.Dataset} → {t.Grantee} ({t.Access.ToString().ToLowerInvariant()}), {t.State}{(t.ExpiresAt is { } e ? ", until " + Views.Display.Time(e) : "")}");
            if (live.Count == 0) text.AppendLine("  no live grants");
        }
        if (teams.Count == 0) text.AppendLine("You're not in any team, so you have no workspace.");
        return new TextReply(text.ToString().TrimEnd());
    }

    /// <summary>The link, and when JupyterHub is configured the server's state on the hub.</summary>
    private async Task<string> JupyterLineAsync(DirectoryUser user, string team, WorkspaceRecord workspace, CancellationToken cancellationToken)
    {
        var link = workspace.JupyterUrlOf(user.Id);
        if (!jupyter.Enabled) return link ?? "none";
        string state;
        try
        {
            state = (await jupyter.StateAsync(user.Id, team, cancellationToken))?.Describe() ?? "stopped";
        }
        catch (Exception e) when (e is JupyterHubException or HttpRequestException)
        {
            state = "unknown (JupyterHub didn't answer)";
        }
        var hint = state == "stopped" ? $" (`/odp workspace launch {team}` starts it)" : "";
        return $"{link ?? "no server yet"}, {state}{hint}";
    }

    private static string Team(DirectoryUser user, List<string> args, ParsedCommand command) =>
        args.Count == 1 ? args[0]
        : user.Groups.Count == 1 ? user.Groups[0]
        : user.Groups.Count == 0 ? throw new NotAllowedException("You're not in any team, so you have no workspace to run Jupyter in.")
        : throw new InvalidRequestException(
            $"Which team? You're in {string.Join(", ", user.Groups)}; name one, like `/odp workspace launch {user.Groups.FirstOrDefault() ?? "TEAM"}`.",
            command.Spec.Usage);
}
