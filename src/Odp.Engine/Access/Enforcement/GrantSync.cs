using Odp.Engine.Catalog;
using Odp.Engine.Tickets;

namespace Odp.Engine.Access.Enforcement;

/// <summary>
/// Derives the grants from the live grants as a whole (<see cref="LiveGrants"/>) and hands them to the enforcer.
/// </summary>
public sealed class GrantSync(LiveGrants live, IAccessEnforcer enforcer)
{
    public async Task<IReadOnlyList<Grant>> ApplyAsync(CancellationToken cancellationToken)
    {
        var grants = (await live.AllAsync(cancellationToken)).Select(ToGrant).ToList();
        await enforcer.ApplyAsync(grants, cancellationToken);
        return grants;
    }

    /// <summary>A team ticket grants the team's Trino group (named as the directory group); any other ticket its user.</summary>
    public static Grant ToGrant(TicketData ticket) =>
        new(ticket.Id, ticket.User, DatasetName.Parse(ticket.Dataset), ticket.Access, ticket.Team);
}
