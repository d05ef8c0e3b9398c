namespace Odp.Engine.Integrations.Ldap;

/// <summary>Attribute names (<c>Odp:Ldap:Attributes:*</c>). Unset ones come from the preset; see <see cref="LdapSchema"/>.</summary>
public sealed class LdapAttributeOptions
{
    /// <summary>The user id people and catalogs use. OpenLDAP <c>uid</c>, AD <c>sAMAccountName</c>.</summary>
    public string? UserId { get; set; }

    /// <summary>OpenLDAP <c>mail</c>, AD <c>userPrincipalName</c>.</summary>
    public string? Email { get; set; }

    /// <summary>The display name. OpenLDAP <c>cn</c>, AD <c>displayName</c>.</summary>
    public string? Name { get; set; }

    /// <summary>The group id owners name (<c>group:ID</c>). <c>cn</c>.</summary>
    public string? GroupId { get; set; }

    /// <summary>The group's display name, falling back to the group id. <c>description</c>.</summary>
    public string? GroupName { get; set; }

    /// <summary>Member DNs of a group (groupOfNames, AD groups). <c>member</c>.</summary>
    public string? Member { get; set; }

    /// <summary>Member user ids of a group (posixGroup). <c>memberUid</c>.</summary>
    public string? MemberUid { get; set; }

    /// <summary>Group DNs on a user (the memberof overlay, AD). <c>memberOf</c>.</summary>
    public string? MemberOf { get; set; }
}
