namespace Odp.Engine.Integrations.Ldap;

/// <summary>The ways group membership is read (<c>Odp:Ldap:Membership:*</c>); each is on unless turned off.</summary>
public sealed class LdapMembershipOptions
{
    /// <summary>Groups whose member attribute holds the user's DN (groupOfNames, AD groups).</summary>
    public bool Member { get; set; } = true;

    /// <summary>The user's own memberOf attribute (OpenLDAP's memberof overlay, AD). Also finds groups outside GroupSearchBase.</summary>
    public bool MemberOf { get; set; } = true;

    /// <summary>Groups whose memberUid attribute holds the user's id (posixGroup).</summary>
    public bool MemberUid { get; set; } = true;
}
