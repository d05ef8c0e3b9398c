using Odp.Engine.Access.Enforcement;
using Odp.Engine.Tickets;

namespace Odp.Engine.Workspaces;

/// <summary>
/// Brings a team's workspace in line with its granting tickets: the members who hold grants, and those grants.
/// The workspace exists from the team's first provisioning on; reconciling never creates one.
/// </summary>
public sealed class WorkspaceSync(
    ITicketStore tickets,
    IWorkspaceStore store,
    IWorkspaceProvisioner provisioner,
    GrantSync grants,
    TimeProvider time)
{
    /// <summary>Creates or updates the team's workspace and returns it.</summary>
    public async Task<WorkspaceRecord> ProvisionAsync(string group, CancellationToken cancellationToken)
    {
        var granting = await tickets.QueryAsync(new TicketQuery(States: GrantSync.GrantingStates, Workspace: group), cancellationToken);
        var spec = new WorkspaceSpec(
            WorkspaceNames.FromGroup(group),
            group,
            [.. granting.Select(t => t.Data.User).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)],
            [.. granting.Select(t => GrantSync.ToGrant(t.Data))]);
        var result = await provisioner.ProvisionAsync(spec, cancellationToken);
        var now = time.GetUtcNow();
        var previous = await store.FindAsync(group, cancellationToken);
        var record = new WorkspaceRecord(
            group, result.Name, result.Namespace, result.Location, result.JupyterUrls, spec.Members, previous?.CreatedAt ?? now, now);
        await store.SaveAsync(record, cancellationToken);
        return record;
    }

    /// <summary>After a grant ends: rewrite the rules, and update the team's workspace if it exists.</summary>
    public async Task ReconcileAsync(string group, CancellationToken cancellationToken)
    {
        await grants.ApplyAsync(cancellationToken);
        if (await store.FindAsync(group, cancellationToken) is not null) await ProvisionAsync(group, cancellationToken);
    }
}
