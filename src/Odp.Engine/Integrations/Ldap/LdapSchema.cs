namespace Odp.Engine.Integrations.Ldap;

/// <summary>
/// The filters and attribute names in force: the preset's, overridden by whatever the options set.
/// <see cref="DisabledFilter"/> matches the user entries that may no longer act: OpenLDAP's ppolicy lock
/// (<c>pwdAccountLockedTime</c> present), Active Directory's ACCOUNTDISABLE bit (2) of <c>userAccountControl</c>.
/// </summary>
public sealed record LdapSchema(
    string UserFilter,
    string GroupFilter,
    string UserId,
    string Email,
    string Name,
    string GroupId,
    string GroupName,
    string Member,
    string MemberUid,
    string MemberOf,
    string DisabledFilter)
{
    public static readonly LdapSchema OpenLdap = new(
        "(objectClass=inetOrgPerson)", "(|(objectClass=groupOfNames)(objectClass=posixGroup))",
        "uid", "mail", "cn", "cn", "description", "member", "memberUid", "memberOf",
        "(pwdAccountLockedTime=*)");

    public static readonly LdapSchema ActiveDirectory = new(
        "(objectClass=user)", "(objectClass=group)",
        "sAMAccountName", "userPrincipalName", "displayName", "cn", "description", "member", "memberUid", "memberOf",
        "(userAccountControl:1.2.840.113556.1.4.803:=2)");

    /// <summary>The attributes read from a user entry.</summary>
    public string[] UserAttributes => [UserId, Email, Name, MemberOf];

    /// <summary>The attributes read from a group entry.</summary>
    public string[] GroupAttributes => [GroupId, GroupName, Member, MemberUid];
}
