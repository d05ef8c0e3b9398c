using Odp.Engine.Tickets;

namespace Odp.Engine.Access;

/// <summary>
/// The one query for live grants: a ticket grants while it is Provisioning (its first step is the grant) or Active,
/// and in no other state. The rules file and SQL grants, drift checks, workspaces, Jupyter servers, chat and REST all
/// ask here; who a ticket covers (its requester, or every member of its team) is <see cref="MemberGrants"/>' rule.
/// </summary>
public sealed class LiveGrants(ITicketStore tickets, MemberGrants members)
{
    public static readonly IReadOnlyCollection<TicketState> States = [TicketState.Provisioning, TicketState.Active];

    /// <summary>Whether a ticket in <paramref name="state"/> grants.</summary>
    public static bool IsLive(TicketState state) => States.Contains(state);

    /// <summary>Every live grant, oldest first.</summary>
    public async Task<IReadOnlyList<TicketData>> AllAsync(CancellationToken cancellationToken) =>
        [.. (await tickets.QueryAsync(new TicketQuery(States: States), cancellationToken)).Select(t => t.Data)];

    /// <summary>The live grants in a team's workspace, oldest first.</summary>
    public async Task<IReadOnlyList<TicketData>> InWorkspaceAsync(string workspace, CancellationToken cancellationToken) =>
        [.. (await tickets.QueryAsync(new TicketQuery(States: States, Workspace: workspace), cancellationToken)).Select(t => t.Data)];

    /// <summary>The live grants in a team's workspace that cover <paramref name="user"/> (theirs, or their team's), oldest first.</summary>
    public Task<IReadOnlyList<TicketData>> OfMemberAsync(string user, string workspace, CancellationToken cancellationToken) =>
        members.InWorkspaceAsync(user, workspace, States, cancellationToken);
}
