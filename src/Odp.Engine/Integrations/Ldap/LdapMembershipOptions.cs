using Odp.Engine.Settings;

namespace Odp.Engine.Integrations.Ldap;

/// <summary>The ways group membership is read (<c>Odp:Ldap:Membership:*</c>); each is on unless turned off; at least one stays on.</summary>
public sealed class LdapMembershipOptions
{
    [Setting("Read groups whose `member` holds the user's DN (groupOfNames, AD groups).", Bounds = "not all three off")]
    public bool Member { get; set; } = true;

    [Setting("Read the user's own `memberOf` (OpenLDAP's memberof overlay, AD). Also finds groups outside `GroupSearchBase`.",
        Bounds = "not all three off")]
    public bool MemberOf { get; set; } = true;

    [Setting("Read groups whose `memberUid` holds the user's id (posixGroup).", Bounds = "not all three off")]
    public bool MemberUid { get; set; } = true;
}
