namespace Odp.Engine.Integrations.Ldap;

/// <summary>
/// Finds user entries by id, email or DN with their groups: through the cache for reads, or fresh from the server for
/// sign-in and for the check a write makes (<see cref="FindFreshAsync"/>), which replaces what the cache held for that
/// user with what the server said now, or forgets it when the server no longer has them. A fresh lookup never stores a
/// miss, so names nobody has cost nothing to keep.
/// </summary>
internal sealed class LdapUserReader(LdapSchema schema, string userBase, LdapServiceConnection service, LdapCache cache, LdapGroupReader groups, TimeSpan timeout)
{
    /// <summary>The user whose <paramref name="attribute"/> is <paramref name="value"/>, as cached (misses too).</summary>
    public Task<LdapUser?> FindAsync(string attribute, string value, CancellationToken cancellationToken)
    {
        var key = value?.Trim() ?? "";
        if (!LdapFilter.IsSearchable(key)) return Task.FromResult<LdapUser?>(null);
        return cache.GetOrAddAsync(Key(attribute, key), () => SearchAsync(attribute, key, cancellationToken));
    }

    /// <summary>The user as the server has them now; the cache then holds this answer (or forgets the user).</summary>
    public async Task<LdapUser?> FindFreshAsync(string attribute, string value, CancellationToken cancellationToken)
    {
        var key = value?.Trim() ?? "";
        if (!LdapFilter.IsSearchable(key)) return null;
        var found = await SearchAsync(attribute, key, cancellationToken);
        if (found is not null)
        {
            cache.Set(Key(attribute, key), found);
            Remember(found);
        }
        else if (cache.TryGet<LdapUser?>(Key(attribute, key), out var stale) && stale is not null)
        {
            Forget(stale);
        }

        return found;
    }

    /// <summary>The user entry at <paramref name="dn"/>, as cached; null when it is no user.</summary>
    public Task<LdapUser?> AtAsync(string dn, CancellationToken cancellationToken) =>
        cache.GetOrAddAsync(DnKey(dn), async () =>
        {
            var entry = await service.RunAsync(c => LdapSearch.Read(c, dn, schema.UserFilter, schema.UserAttributes, timeout), cancellationToken);
            return entry is null ? null : await ToUserAsync(entry, cancellationToken);
        });

    /// <summary>Whether the server says the user's entry matches <see cref="LdapSchema.DisabledFilter"/> now.</summary>
    public async Task<bool> IsDisabledAsync(LdapUser user, CancellationToken cancellationToken) =>
        await service.RunAsync(c => LdapSearch.Read(c, user.Dn, schema.DisabledFilter, ["1.1"], timeout), cancellationToken) is not null;

    /// <summary>The directory user an entry stands for, with their groups; null without an id.</summary>
    public async Task<LdapUser?> ToUserAsync(LdapEntry entry, CancellationToken cancellationToken)
    {
        if (entry.First(schema.UserId) is not { } id) return null;
        var groupIds = await groups.GroupsOfAsync(entry, id, cancellationToken);
        return new LdapUser(entry.Dn, new Directory.DirectoryUser(id, entry.First(schema.Name) ?? id, entry.First(schema.Email) ?? "", groupIds));
    }

    private async Task<LdapUser?> SearchAsync(string attribute, string key, CancellationToken cancellationToken)
    {
        var filter = LdapFilter.And(schema.UserFilter, LdapFilter.Equal(attribute, key));
        var entries = await service.RunAsync(c => LdapSearch.Subtree(c, userBase, filter, schema.UserAttributes, timeout), cancellationToken);
        return entries.Count == 1 ? await ToUserAsync(entries[0], cancellationToken) : null;
    }

    // Every way the cache finds a user (id, email, DN) now leads to this answer.
    private void Remember(LdapUser user)
    {
        cache.Set(Key(schema.UserId, user.User.Id), user);
        if (user.User.Email.Length > 0) cache.Set(Key(schema.Email, user.User.Email), user);
        cache.Set(DnKey(user.Dn), user);
    }

    // The user is gone: no way the cache finds them leads to the old answer.
    private void Forget(LdapUser user)
    {
        cache.Remove(Key(schema.UserId, user.User.Id));
        if (user.User.Email.Length > 0) cache.Remove(Key(schema.Email, user.User.Email));
        cache.Remove(DnKey(user.Dn));
    }

    private static string Key(string attribute, string value) => $"user:{attribute}:{value.ToLowerInvariant()}";

    private static string DnKey(string dn) => $"user-dn:{LdapDn.Key(dn)}";
}
