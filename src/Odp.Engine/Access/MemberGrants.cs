using Odp.Engine.Directory;
using Odp.Engine.Tickets;

namespace Odp.Engine.Access;

/// <summary>
/// Which tickets give a member access in a workspace: their own, and team tickets (<see cref="TicketData.Team"/>) of a
/// team they belong to — a team grant is every member's grant.
/// </summary>
public sealed class MemberGrants(ITicketStore tickets, IDirectory directory)
{
    /// <summary>The tickets in <paramref name="workspace"/> (in <paramref name="states"/>, or any) that cover <paramref name="user"/>, oldest first.</summary>
    public async Task<IReadOnlyList<TicketData>> InWorkspaceAsync(
        string user, string workspace, IReadOnlyCollection<TicketState>? states, CancellationToken cancellationToken)
    {
        var all = await tickets.QueryAsync(new TicketQuery(States: states, Workspace: workspace), cancellationToken);
        var groups = (await directory.FindUserAsync(user, cancellationToken))?.Groups ?? [];
        return [.. all.Select(t => t.Data).Where(t => Covers(t, user, groups))];
    }

    /// <summary>The tickets for <paramref name="dataset"/> in <paramref name="states"/> that cover <paramref name="user"/>, oldest first.</summary>
    public async Task<IReadOnlyList<TicketData>> ForDatasetAsync(
        DirectoryUser user, string dataset, IReadOnlyCollection<TicketState> states, CancellationToken cancellationToken)
    {
        var all = await tickets.QueryAsync(new TicketQuery(States: states, Dataset: dataset), cancellationToken);
        return [.. all.Select(t => t.Data).Where(t => Covers(t, user.Id, user.Groups))];
    }

    /// <summary>The members <paramref name="ticket"/> gives access: its requester, and the team's members for a team ticket.</summary>
    public async Task<IReadOnlyList<string>> MembersAsync(TicketData ticket, CancellationToken cancellationToken)
    {
        if (ticket.Team is not { } team) return [ticket.User];
        var members = await directory.GetGroupMembersAsync(team, cancellationToken);
        return [.. members.Select(m => m.Id).Prepend(ticket.User).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    private static bool Covers(TicketData ticket, string user, IReadOnlyList<string> groups) =>
        ticket.User.Equals(user, StringComparison.OrdinalIgnoreCase)
        || (ticket.Team is { } team && groups.Contains(team, StringComparer.OrdinalIgnoreCase));
}
