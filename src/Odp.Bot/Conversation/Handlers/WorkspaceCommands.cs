using System.Text;
using Odp.Bot.Conversation.Commands;
using Odp.Engine.Budget;
using Odp.Engine.Errors;
using Odp.Engine.Integrations.JupyterHub;
using Odp.Engine.Workspaces;
using Odp.Engine.Workspaces.Members;

namespace Odp.Bot.Conversation.Handlers;

/// <summary>
/// <c>workspace [status|launch|stop] [TEAM]</c>: chat's words for <see cref="MemberWorkspaces"/>: the user's team
/// workspaces with their live grants, Jupyter servers and expiry; <c>launch</c> and <c>stop</c> their Jupyter server.
/// </summary>
public sealed class WorkspaceCommands(MemberWorkspaces members, JupyterServers jupyter)
{
    public async Task<Reply> HandleAsync(string userId, ParsedCommand command, CancellationToken cancellationToken)
    {
        var args = command.Arguments.ToList();
        var action = args.Count > 0 && args[0].ToLowerInvariant() is "status" or "launch" or "stop" ? args[0].ToLowerInvariant() : "status";
        if (args.Count > 0 && args[0].Equals(action, StringComparison.OrdinalIgnoreCase)) args.RemoveAt(0);
        if (args.Count > 1)
            throw new InvalidRequestException($"`workspace` takes at most one team name, but got \"{InputLimits.Shown(string.Join(' ', args))}\".");

        var team = args.Count == 1 ? args[0] : null;
        switch (action)
        {
            case "launch" or "stop" when !members.JupyterEnabled:
                return new TextReply(MemberWorkspaces.NotConfigured);
            case "launch":
                var (launched, url) = await members.LaunchAsync(userId, team, cancellationToken);
                return new TextReply($"Your Jupyter server for {launched} is running: {url}");
            case "stop":
                var stopped = await members.StopAsync(userId, team, cancellationToken);
                return new TextReply($"Your Jupyter server for {stopped} is stopped. `/odp workspace launch {stopped}` starts it again; your files stay.");
            default:
                return await StatusAsync(userId, team, cancellationToken);
        }
    }

    private async Task<Reply> StatusAsync(string userId, string? team, CancellationToken cancellationToken)
    {
        var teams = await members.ListAsync(userId, team, cancellationToken);
        var text = new StringBuilder();
        foreach (var (name, workspace, live) in teams)
        {
            if (workspace is null)
            {
                text.AppendLine($"{name}: no workspace yet. It is created when the team's first request is approved.");
                continue;
            }
            text.AppendLine($"{name}: workspace {workspace.Name} (namespace {workspace.Namespace})");
            text.AppendLine($"  files: {workspace.Location}");
            text.AppendLine($"  your Jupyter: {await JupyterLineAsync(userId, name, workspace, cancellationToken)}");
            foreach (var t in live)
                text.AppendLine($"  {t.Id} {t.Dataset} → {t.Grantee} ({t.Access.ToString().ToLowerInvariant()}), {t.State}{(t.ExpiresAt is { } e ? ", until " + Views.Display.Time(e) : "")}");
            if (live.Count == 0) text.AppendLine("  no live grants");
        }
        if (teams.Count == 0) text.AppendLine("You're not in any team, so you have no workspace.");
        return new TextReply(text.ToString().TrimEnd());
    }

    /// <summary>The link, and when JupyterHub is configured the server's state on the hub.</summary>
    private async Task<string> JupyterLineAsync(string userId, string team, WorkspaceRecord workspace, CancellationToken cancellationToken)
    {
        var link = workspace.JupyterUrlOf(userId);
        if (!jupyter.Enabled) return link ?? "none";
        string state;
        try
        {
            state = (await jupyter.StateAsync(userId, team, cancellationToken))?.Describe() ?? "stopped";
        }
        catch (Exception e) when (e is JupyterHubException or HttpRequestException)
        {
            state = "unknown (JupyterHub didn't answer)";
        }
        var hint = state == "stopped" ? $" (`/odp workspace launch {team}` starts it)" : "";
        return $"{link ?? "no server yet"}, {state}{hint}";
    }
}
