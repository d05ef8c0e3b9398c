using Odp.Engine.Access;
using Odp.Engine.Access.Enforcement;

namespace Odp.Engine.Workspaces;

/// <summary>
/// Brings a team's workspace in line with its granting tickets: the members who hold grants, and those grants.
/// The workspace exists from the team's first provisioning on; updating after a grant ended never creates one.
/// </summary>
public sealed class WorkspaceSync(
    LiveGrants live,
    IWorkspaceStore store,
    WorkspaceNaming naming,
    IWorkspaceProvisioner provisioner,
    TimeProvider time)
{
    /// <summary>
    /// Creates or updates the team's workspace and returns it. The links JupyterHub gave for members' servers are
    /// kept for the members who remain; the provisioner's derived links are refreshed.
    /// </summary>
    public async Task<WorkspaceRecord> ProvisionAsync(string group, CancellationToken cancellationToken)
    {
        var granting = await live.InWorkspaceAsync(group, cancellationToken);
        var spec = new WorkspaceSpec(
            await naming.NameOfAsync(group, cancellationToken),
            group,
            [.. granting.Select(t => t.User).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)],
            [.. granting.Select(GrantSync.ToGrant)]);
        var result = await provisioner.ProvisionAsync(spec, cancellationToken);
        var now = time.GetUtcNow();
        var previous = await store.FindAsync(group, cancellationToken);
        var servers = (previous?.ServerUrls ?? new Dictionary<string, string>())
            .Where(p => spec.Members.Contains(p.Key, StringComparer.Ordinal))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var record = new WorkspaceRecord(
            group, result.Name, result.Namespace, result.Location, result.JupyterUrls, spec.Members, previous?.CreatedAt ?? now, now, servers);
        await store.SaveAsync(record, cancellationToken);
        return record;
    }

    /// <summary>
    /// After a grant ended: updates the team's workspace from the grants that remain, if it exists. Returns false when
    /// the team has no workspace.
    /// </summary>
    public async Task<bool> UpdateAsync(string group, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(group, cancellationToken) is null) return false;
        await ProvisionAsync(group, cancellationToken);
        return true;
    }
}
