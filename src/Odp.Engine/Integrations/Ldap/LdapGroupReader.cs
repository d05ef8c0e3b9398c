namespace Odp.Engine.Integrations.Ldap;

/// <summary>
/// Reads group membership in every enabled style: groups whose <c>member</c> holds a user's DN or whose <c>memberUid</c>
/// holds their id (searched under the group base), the user's own <c>memberOf</c>, and, when nesting is on, the groups
/// that hold those groups, up to the depth bound and never twice.
/// </summary>
internal sealed class LdapGroupReader(LdapSchema schema, LdapOptions options, string groupBase, LdapServiceConnection service, LdapCache cache, TimeSpan timeout)
{
    /// <summary>The ids of the groups a user belongs to, directly first, then through nesting.</summary>
    public async Task<IReadOnlyList<string>> GroupsOfAsync(LdapEntry user, string userId, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        var seenIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var seenDns = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<string>();
        void Add(string id, string dn)
        {
            if (seenIds.Add(id)) ids.Add(id);
            if (seenDns.Add(LdapDn.Key(dn))) found.Add(dn);
        }

        var ways = new List<string>();
        if (options.Membership.Member) ways.Add(LdapFilter.Equal(schema.Member, user.Dn));
        if (options.Membership.MemberUid) ways.Add(LdapFilter.Equal(schema.MemberUid, userId));
        if (ways.Count > 0)
        {
            foreach (var group in await SearchGroupsAsync(LdapFilter.Or(ways), cancellationToken))
            {
                if (group.First(schema.GroupId) is { } id) Add(id, group.Dn);
            }
        }

        if (options.Membership.MemberOf)
        {
            foreach (var dn in user.All(schema.MemberOf))
            {
                if (await GroupIdOfAsync(dn, cancellationToken) is { } id) Add(id, dn);
            }
        }

        var frontier = found;
        for (var depth = 0; options.NestedGroups && depth < options.MaxNestingDepth && frontier.Count > 0; depth++)
        {
            var parents = await SearchGroupsAsync(LdapFilter.Or(frontier.Select(dn => LdapFilter.Equal(schema.Member, dn))), cancellationToken);
            frontier = [];
            foreach (var parent in parents)
            {
                if (parent.First(schema.GroupId) is not { } id || !seenDns.Add(LdapDn.Key(parent.Dn))) continue;
                if (seenIds.Add(id)) ids.Add(id);
                frontier.Add(parent.Dn);
            }
        }

        return ids;
    }

    /// <summary>The group entry with this id under the group base, or null (also when two groups share the id).</summary>
    public Task<LdapEntry?> FindAsync(string id, CancellationToken cancellationToken) =>
        cache.GetOrAddAsync($"group:{id.ToLowerInvariant()}", async () =>
        {
            var groups = await SearchGroupsAsync(LdapFilter.Equal(schema.GroupId, id), cancellationToken);
            return groups.Count == 1 ? groups[0] : null;
        });

    /// <summary>The group entry at <paramref name="dn"/>, or null when it is no group.</summary>
    public Task<LdapEntry?> ReadAsync(string dn, CancellationToken cancellationToken) =>
        cache.GetOrAddAsync($"group-dn:{LdapDn.Key(dn)}", () =>
            service.RunAsync(c => LdapSearch.Read(c, dn, schema.GroupFilter, schema.GroupAttributes, timeout), cancellationToken));

    private Task<IReadOnlyList<LdapEntry>> SearchGroupsAsync(string filter, CancellationToken cancellationToken) =>
        service.RunAsync(c => LdapSearch.Subtree(c, groupBase, LdapFilter.And(schema.GroupFilter, filter), schema.GroupAttributes, timeout), cancellationToken);

    // memberOf holds DNs; the id is usually the first RDN (cn=finance,…), otherwise read from the group entry.
    private async Task<string?> GroupIdOfAsync(string dn, CancellationToken cancellationToken)
    {
        if (LdapDn.TryFirstRdn(dn, out var type, out var value) && string.Equals(type, schema.GroupId, StringComparison.OrdinalIgnoreCase))
            return value.Length > 0 ? value : null;
        return (await ReadAsync(dn, cancellationToken))?.First(schema.GroupId);
    }
}
