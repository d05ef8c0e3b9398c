using Odp.Engine.Directory;

namespace Odp.Engine.Integrations.Ldap;

/// <summary>Group members as they are collected: users once each in first-seen order, groups visited once (the cycle guard).</summary>
internal sealed class LdapMemberList
{
    private readonly List<DirectoryUser> users = [];
    private readonly HashSet<string> ids = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> groups = new(StringComparer.Ordinal);

    public IReadOnlyList<DirectoryUser> Users => users;

    public bool Visit(string groupDn) => groups.Add(LdapDn.Key(groupDn));

    public bool Has(string? userId) => userId is not null && ids.Contains(userId);

    public void Add(DirectoryUser user)
    {
        if (ids.Add(user.Id)) users.Add(user);
    }
}
