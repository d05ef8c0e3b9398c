using Odp.Engine.Catalog;
using Odp.Engine.Tickets;

using Odp.Engine.Storage.Locks;

namespace Odp.Engine.Access.Enforcement;

/// <summary>
/// Derives the grants from the live grants as a whole (<see cref="LiveGrants"/>) and hands them to the enforcer,
/// holding the rules lock (<see cref="LockName"/>) across every replica: one writer at a time, each reading the
/// tickets after the previous one wrote, so the last write always reflects the latest stored tickets.
/// </summary>
public sealed class GrantSync(LiveGrants live, IAccessEnforcer enforcer, IStoreLock locks)
{
    /// <summary>The <see cref="IStoreLock"/> name held while Trino's access is read or written.</summary>
    public const string LockName = "trino-rules";

    public async Task<IReadOnlyList<Grant>> ApplyAsync(CancellationToken cancellationToken)
    {
        await using var _ = await locks.AcquireAsync(LockName, cancellationToken);
        return await ApplyHeldAsync(cancellationToken);
    }

    /// <summary><see cref="ApplyAsync"/> for a caller that already holds <see cref="LockName"/> (the drift repair).</summary>
    public async Task<IReadOnlyList<Grant>> ApplyHeldAsync(CancellationToken cancellationToken)
    {
        var grants = (await live.AllAsync(cancellationToken)).Select(ToGrant).ToList();
        await enforcer.ApplyAsync(grants, cancellationToken);
        return grants;
    }

    /// <summary>A team ticket grants the team's Trino group (named as the directory group); any other ticket its user.</summary>
    public static Grant ToGrant(TicketData ticket) =>
        new(ticket.Id, ticket.User, DatasetName.Parse(ticket.Dataset), ticket.Access, ticket.Team);
}
