namespace Odp.Engine.Integrations.Ldap;

/// <summary>
/// The LDAP directory (docs/ldap.md). Setting <c>Odp:Ldap:Url</c> switches the bot from the YAML directory to LDAP.
/// Defaults suit OpenLDAP; <c>Preset: activedirectory</c> switches the defaults to Active Directory's names.
/// </summary>
public sealed class LdapOptions
{
    public const string Section = "Odp:Ldap";

    /// <summary><c>ldap://host:389</c> or <c>ldaps://host:636</c>.</summary>
    public string Url { get; set; } = "";

    /// <summary>The service account's DN, used for every lookup.</summary>
    public string BindDn { get; set; } = "";

    /// <summary>The service account's password. Never logged, never in an error message.</summary>
    public string BindPassword { get; set; } = "";

    /// <summary>The directory's suffix, e.g. <c>dc=example,dc=com</c>.</summary>
    public string BaseDn { get; set; } = "";

    /// <summary>Where users live: relative to <see cref="BaseDn"/> (<c>ou=people</c>) or absolute. Empty means BaseDn.</summary>
    public string UserSearchBase { get; set; } = "";

    /// <summary>Where groups live: relative to <see cref="BaseDn"/> (<c>ou=groups</c>) or absolute. Empty means BaseDn.</summary>
    public string GroupSearchBase { get; set; } = "";

    /// <summary><c>openldap</c> (the default) or <c>activedirectory</c>: the defaults for the filters and attribute names.</summary>
    public string Preset { get; set; } = LdapPreset.OpenLdap;

    /// <summary>Which entries are users. Default <c>(objectClass=inetOrgPerson)</c>; AD <c>(objectClass=user)</c>.</summary>
    public string? UserFilter { get; set; }

    /// <summary>Which entries are groups. Default <c>(|(objectClass=groupOfNames)(objectClass=posixGroup))</c>; AD <c>(objectClass=group)</c>.</summary>
    public string? GroupFilter { get; set; }

    /// <summary>
    /// Which user entries are disabled: they can't sign in, request, decide or revoke. Default
    /// <c>(pwdAccountLockedTime=*)</c> (OpenLDAP ppolicy's lock); AD <c>(userAccountControl:1.2.840.113556.1.4.803:=2)</c>.
    /// </summary>
    public string? DisabledFilter { get; set; }

    /// <summary>Attribute names; each unset one takes the preset's.</summary>
    public LdapAttributeOptions Attributes { get; set; } = new();

    /// <summary>Which ways of recording membership are read. All on by default.</summary>
    public LdapMembershipOptions Membership { get; set; } = new();

    /// <summary>Follow groups that are members of groups. Off by default.</summary>
    public bool NestedGroups { get; set; }

    /// <summary>How deep nested groups are followed when <see cref="NestedGroups"/> is on.</summary>
    public int MaxNestingDepth { get; set; } = 5;

    /// <summary>How long lookups are cached, e.g. <c>5m</c>. A change in the directory shows after at most this long.</summary>
    public string CacheTtl { get; set; } = "5m";

    /// <summary>How long one LDAP operation may take, e.g. <c>10s</c>.</summary>
    public string Timeout { get; set; } = "10s";
}
