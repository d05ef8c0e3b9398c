using Odp.Engine.Access;
using Odp.Engine.Budget;
using Odp.Engine.Directory;
using Odp.Engine.Errors;
using Odp.Engine.Integrations.JupyterHub;
using Odp.Engine.Tickets;

namespace Odp.Engine.Workspaces.Members;

/// <summary>
/// A person's team workspaces, the one use case behind chat's <c>workspace</c> and <c>GET /workspaces</c>: what each
/// team has (<see cref="ListAsync"/>), and their Jupyter server there, which runs only while they hold an Active
/// grant in the workspace, their own or their team's (<see cref="LaunchAsync"/>, <see cref="StopAsync"/>). Refusals
/// say why in words and carry a typed hint for the next step.
/// </summary>
public sealed class MemberWorkspaces(
    IWorkspaceStore workspaces, LiveGrants live, MemberGrants grants, Participants participants, JupyterServers jupyter)
{
    public const string NotConfigured =
        "Jupyter servers aren't set up on this ODP yet (an admin sets Odp:JupyterHub:Url and Token). Your workspace files and grants work as usual.";

    public bool JupyterEnabled => jupyter.Enabled;

    /// <summary>Each of the person's teams (or only <paramref name="team"/>, which must be one of them).</summary>
    public async Task<IReadOnlyList<TeamWorkspace>> ListAsync(string userId, string? team, CancellationToken cancellationToken)
    {
        var user = await MemberAsync(userId, team, cancellationToken);
        var views = new List<TeamWorkspace>();
        foreach (var name in team is null ? user.Groups : [team])
        {
            var workspace = await workspaces.FindAsync(name, cancellationToken);
            views.Add(new TeamWorkspace(name, workspace, workspace is null ? [] : await live.InWorkspaceAsync(name, cancellationToken)));
        }

        return views;
    }

    /// <summary>Starts the person's server in the team's workspace; answers its URL.</summary>
    public async Task<(string Team, string Url)> LaunchAsync(string userId, string? team, CancellationToken cancellationToken)
    {
        var (user, chosen) = await TeamOfAsync(userId, team, cancellationToken);
        if (await workspaces.FindAsync(chosen, cancellationToken) is null)
            throw new InvalidRequestException($"{chosen} has no workspace yet. It is created when the team's first request is approved.");
        var mine = await grants.InWorkspaceAsync(user.Id, chosen, states: null, cancellationToken);
        if (!mine.Any(t => t.State == TicketState.Active)) throw WhyNoLaunch(chosen, mine);
        return (chosen, await jupyter.LaunchAsync(user.Id, chosen, dataset: null, cancellationToken));
    }

    /// <summary>Stops the person's server in the team's workspace (their files stay); answers the team.</summary>
    public async Task<string> StopAsync(string userId, string? team, CancellationToken cancellationToken)
    {
        var (user, chosen) = await TeamOfAsync(userId, team, cancellationToken);
        await jupyter.StopAsync(user.Id, chosen, cancellationToken);
        return chosen;
    }

    /// <summary>The person, and the team named (one of theirs) or their only team.</summary>
    private async Task<(DirectoryUser User, string Team)> TeamOfAsync(string userId, string? team, CancellationToken cancellationToken)
    {
        if (!jupyter.Enabled) throw new InvalidRequestException(NotConfigured);
        var user = await MemberAsync(userId, team, cancellationToken);
        var chosen = team
            ?? (user.Groups.Count == 1 ? user.Groups[0]
            : user.Groups.Count == 0 ? throw new NotAllowedException("You're not in any team, so you have no workspace to run Jupyter in.")
            : throw new InvalidRequestException($"Which team? You're in {string.Join(", ", user.Groups)}; name one."));
        return (user, chosen);
    }

    private async Task<DirectoryUser> MemberAsync(string userId, string? team, CancellationToken cancellationToken)
    {
        if (team is not null) InputLimits.Name(team, "A team name");
        var user = await participants.RequireUserAsync(userId, cancellationToken);
        if (team is not null && !user.Groups.Contains(team, StringComparer.OrdinalIgnoreCase))
            throw new NotAllowedException($"You're not in the team {team}. Yours: {string.Join(", ", user.Groups)}.");
        return user;
    }

    /// <summary>Why a member without an Active grant in <paramref name="team"/> can't launch, and what gets them there.</summary>
    private static NotAllowedException WhyNoLaunch(string team, IReadOnlyList<TicketData> mine)
    {
        var lead = $"You can't launch a Jupyter server in {team} yet: it runs only while you hold live access to data there.";
        var open = mine.LastOrDefault(t => t.State is TicketState.Pending or TicketState.Approved or TicketState.Provisioning or TicketState.Failed);
        if (open is not null)
        {
            var (where, hint) = open.State switch
            {
                TicketState.Pending => ($"is waiting for an owner of {open.Dataset} to approve it", (ErrorHint)new TicketStatusHint(open.Id)),
                TicketState.Approved or TicketState.Provisioning => ("is being set up; your server starts by itself when it's ready", new TicketStatusHint(open.Id)),
                _ => ("failed while being set up", new RetryTicketHint(open.Id)),
            };
            return new NotAllowedException($"{lead} Your request {open.Id} for {open.Dataset} {where}.", hint);
        }

        var ended = mine.LastOrDefault(t => t.State is TicketState.Expired or TicketState.Revoked);
        var before = ended is null ? "" : $" Your last access there, {ended.Id} to {ended.Dataset}, was {ended.State.ToString().ToLowerInvariant()}.";
        return new NotAllowedException($"{lead}{before} Once an owner approves a request for data in {team}, your server starts by itself.", new FindAndRequestHint(team));
    }
}
