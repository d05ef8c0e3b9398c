using System.DirectoryServices.Protocols;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Odp.Engine.Access;
using Odp.Engine.Directory;
using Odp.Engine.Errors;

namespace Odp.Engine.Integrations.Ldap;

/// <summary>
/// The directory and sign-in read from an LDAP server (OpenLDAP, Active Directory). Lookups go through one service
/// connection and are cached for <see cref="LdapOptions.CacheTtl"/> (within <see cref="LdapCache"/>'s budget); sign-in
/// and <see cref="CheckUserAsync"/> ask the server past the cache, and sign-in binds a fresh connection as the user.
/// Every value placed in a filter is escaped (RFC 4515), so typed ids and emails can't widen a search.
/// </summary>
public sealed class LdapDirectory : IDirectory, IAuthenticator, IDisposable
{
    private readonly LdapOptions options;
    private readonly LdapSchema schema;
    private readonly string userBase;
    private readonly TimeSpan timeout;
    private readonly LdapCache cache;
    private readonly LdapConnector connector;
    private readonly LdapServiceConnection service;
    private readonly LdapGroupReader groups;
    private readonly LdapUserReader users;
    private readonly ILogger logger;

    public LdapDirectory(IOptions<LdapOptions> options, TimeProvider time, ILogger<LdapDirectory> logger)
    {
        this.options = options.Value;
        this.logger = logger;
        var endpoint = LdapOptionsValidator.Endpoint(this.options.Url)
            ?? throw new StartupException($"{LdapOptions.Section}:Url must be an LDAP URL like ldap://ldap.internal:389.");
        schema = LdapPreset.Resolve(this.options);
        userBase = LdapDn.Under(this.options.UserSearchBase, this.options.BaseDn);
        timeout = DurationText.TryParse(this.options.Timeout, out var t) ? t : TimeSpan.FromSeconds(10);
        cache = new LdapCache(time, DurationText.TryParse(this.options.CacheTtl, out var ttl) ? ttl : TimeSpan.FromMinutes(5));
        connector = new LdapConnector(endpoint, timeout);
        service = new LdapServiceConnection(connector, this.options.BindDn, this.options.BindPassword, logger);
        groups = new LdapGroupReader(schema, this.options, LdapDn.Under(this.options.GroupSearchBase, this.options.BaseDn), service, cache, timeout);
        users = new LdapUserReader(schema, userBase, service, cache, groups, timeout);
    }

    /// <summary>How many LDAP binds this directory has made: one for the service connection while it lasts, one per sign-in.</summary>
    internal int Binds => connector.Binds;

    /// <summary>The lookup cache, for tests of its budget.</summary>
    internal LdapCache Cache => cache;

    /// <summary>
    /// Binds the service account and reads the base DN. Throws <see cref="StartupException"/> naming the setting to fix:
    /// <c>Odp:Ldap:Url</c> when the server can't be reached, <c>BindDn</c>/<c>BindPassword</c> when it refuses them,
    /// <c>BaseDn</c> when that entry doesn't exist. The password is never part of the message.
    /// </summary>
    public async Task VerifyAsync(CancellationToken cancellationToken)
    {
        const string s = LdapOptions.Section;
        try
        {
            var found = await service.RunAsync(c => LdapSearch.Read(c, options.BaseDn, "(objectClass=*)", ["1.1"], timeout), cancellationToken);
            if (found is null)
                throw new StartupException($"{s}:BaseDn '{options.BaseDn}' does not exist on {options.Url} (or the service account may not read it).");
            logger.LogInformation("LDAP directory at {Url}, bound as {BindDn}.", options.Url, options.BindDn);
        }
        catch (LdapException e) when (e.ErrorCode == 49)
        {
            throw new StartupException(
                $"The LDAP server at {options.Url} refused the service account: check {s}:BindDn ('{options.BindDn}') and {s}:BindPassword.", e);
        }
        catch (LdapException e)
        {
            throw new StartupException($"Could not reach the LDAP server at {s}:Url ({options.Url}): {e.Message}", e);
        }
    }

    /// <summary>
    /// Reads the base DN through the service connection, quietly (the readiness probe): throws when the server can't
    /// be reached or refuses the service account, or when the base DN is gone. Messages never carry the password.
    /// </summary>
    public async Task PingAsync(CancellationToken cancellationToken)
    {
        var found = await service.RunAsync(c => LdapSearch.Read(c, options.BaseDn, "(objectClass=*)", ["1.1"], timeout), cancellationToken);
        if (found is null) throw new InvalidOperationException($"{LdapOptions.Section}:BaseDn '{options.BaseDn}' is not on {options.Url}.");
    }

    public async Task<DirectoryUser?> FindUserAsync(string id, CancellationToken cancellationToken) =>
        (await users.FindAsync(schema.UserId, id, cancellationToken))?.User;

    public async Task<DirectoryUser?> FindUserByEmailAsync(string email, CancellationToken cancellationToken) =>
        (await users.FindAsync(schema.Email, email, cancellationToken))?.User;

    /// <summary>The user as the server has them now, and whether their entry matches <c>DisabledFilter</c>.</summary>
    public async Task<UserStanding> CheckUserAsync(string id, CancellationToken cancellationToken) =>
        await users.FindFreshAsync(schema.UserId, id, cancellationToken) is { } found
            ? new UserStanding(found.User, await users.IsDisabledAsync(found, cancellationToken))
            : UserStanding.Gone;

    /// <summary>Every user under the user base, in the server's order. One group lookup per user, so keep it for small directories.</summary>
    public Task<IReadOnlyList<DirectoryUser>> ListUsersAsync(CancellationToken cancellationToken) =>
        cache.GetOrAddAsync<IReadOnlyList<DirectoryUser>>("users", async () =>
        {
            var entries = await service.RunAsync(c => LdapSearch.Subtree(c, userBase, schema.UserFilter, schema.UserAttributes, timeout), cancellationToken);
            var list = new List<DirectoryUser>();
            foreach (var entry in entries)
            {
                if (await users.ToUserAsync(entry, cancellationToken) is { } user) list.Add(user.User);
            }

            return list;
        });

    public async Task<DirectoryGroup?> FindGroupAsync(string id, CancellationToken cancellationToken)
    {
        var key = id?.Trim() ?? "";
        if (!LdapFilter.IsSearchable(key)) return null;
        var entry = await groups.FindAsync(key, cancellationToken);
        if (entry?.First(schema.GroupId) is not { } groupId) return null;
        return new DirectoryGroup(groupId, entry.First(schema.GroupName) ?? groupId);
    }

    /// <summary>
    /// The group's users: its member DNs that are users, its memberUid ids, and users whose memberOf names it; with
    /// nesting on, the users of member groups too. Unknown group: none.
    /// </summary>
    public Task<IReadOnlyList<DirectoryUser>> GetGroupMembersAsync(string groupId, CancellationToken cancellationToken)
    {
        var key = groupId?.Trim() ?? "";
        if (!LdapFilter.IsSearchable(key)) return Task.FromResult<IReadOnlyList<DirectoryUser>>([]);
        return cache.GetOrAddAsync<IReadOnlyList<DirectoryUser>>($"members:{key.ToLowerInvariant()}", async () =>
        {
            var group = await groups.FindAsync(key, cancellationToken);
            if (group is null) return [];
            var members = new LdapMemberList();
            await CollectMembersAsync(group, 0, members, cancellationToken);
            return members.Users;
        });
    }

    /// <summary>
    /// The user when <paramref name="password"/> is theirs and their entry isn't disabled: finds their DN fresh from
    /// the server (nothing about an unknown name is cached), then binds as it on a fresh connection. Null for an unknown
    /// user, a wrong password (LDAP 49), an empty password and a disabled account alike. Credentials over
    /// <see cref="CredentialLimits"/> are refused before any LDAP call.
    /// </summary>
    public async Task<DirectoryUser?> AuthenticateAsync(string username, string password, CancellationToken cancellationToken)
    {
        CredentialLimits.Check(username, password);
        if (string.IsNullOrEmpty(password) || string.IsNullOrWhiteSpace(username)) return null;
        var entry = await users.FindFreshAsync(schema.UserId, username, cancellationToken);
        if (entry is null && username.Contains('@')) entry = await users.FindFreshAsync(schema.Email, username, cancellationToken);
        if (entry is null) return null;

        try
        {
            using var _ = await Task.Run(() => connector.Open(entry.Dn, password), cancellationToken);
        }
        catch (LdapException e) when (e.ErrorCode == 49)
        {
            return null;
        }

        if (!await users.IsDisabledAsync(entry, cancellationToken)) return entry.User;
        logger.LogInformation("Sign-in refused for {User}: the directory entry matches {Setting}.", entry.User.Id, $"{LdapOptions.Section}:DisabledFilter");
        return null;
    }

    public void Dispose() => service.Dispose();

    private async Task CollectMembersAsync(LdapEntry group, int depth, LdapMemberList members, CancellationToken cancellationToken)
    {
        if (!members.Visit(group.Dn)) return;
        if (options.Membership.Member)
        {
            foreach (var dn in group.All(schema.Member))
            {
                if (await users.AtAsync(dn, cancellationToken) is { } user) members.Add(user.User);
                else if (options.NestedGroups && depth < options.MaxNestingDepth && await groups.ReadAsync(dn, cancellationToken) is { } inner)
                    await CollectMembersAsync(inner, depth + 1, members, cancellationToken);
            }
        }

        if (options.Membership.MemberUid)
        {
            foreach (var uid in group.All(schema.MemberUid))
            {
                if (await FindUserAsync(uid, cancellationToken) is { } user) members.Add(user);
            }
        }

        if (options.Membership.MemberOf)
        {
            var filter = LdapFilter.And(schema.UserFilter, LdapFilter.Equal(schema.MemberOf, group.Dn));
            var entries = await service.RunAsync(c => LdapSearch.Subtree(c, userBase, filter, schema.UserAttributes, timeout), cancellationToken);
            foreach (var entry in entries)
            {
                if (!members.Has(entry.First(schema.UserId)) && await users.ToUserAsync(entry, cancellationToken) is { } user) members.Add(user.User);
            }
        }
    }
}
