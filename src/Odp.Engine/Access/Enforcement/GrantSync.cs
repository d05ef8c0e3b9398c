using Odp.Engine.Catalog;
using Odp.Engine.Tickets;

namespace Odp.Engine.Access.Enforcement;

/// <summary>
/// Derives the grants from the stored tickets as a whole and hands them to the enforcer. A ticket grants while it is
/// Provisioning (its first step is the grant) or Active; any other state grants nothing.
/// </summary>
public sealed class GrantSync(ITicketStore store, IAccessEnforcer enforcer)
{
    public static readonly IReadOnlyCollection<TicketState> GrantingStates = [TicketState.Provisioning, TicketState.Active];

    public async Task<IReadOnlyList<Grant>> ApplyAsync(CancellationToken cancellationToken)
    {
        var tickets = await store.QueryAsync(new TicketQuery(States: GrantingStates), cancellationToken);
        var grants = tickets.Select(t => ToGrant(t.Data)).ToList();
        await enforcer.ApplyAsync(grants, cancellationToken);
        return grants;
    }

    /// <summary>A team ticket grants the team's Trino group (named as the directory group); any other ticket its user.</summary>
    public static Grant ToGrant(TicketData ticket) =>
        new(ticket.Id, ticket.User, DatasetName.Parse(ticket.Dataset), ticket.Access, ticket.Team);
}
