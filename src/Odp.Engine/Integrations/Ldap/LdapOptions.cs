using System.ComponentModel.DataAnnotations;
using Odp.Engine.Settings;

namespace Odp.Engine.Integrations.Ldap;

/// <summary>
/// The LDAP directory (docs/ldap.md). Setting <c>Odp:Ldap:Url</c> switches the bot from the YAML directory to LDAP.
/// Defaults suit OpenLDAP; <c>Preset: activedirectory</c> switches the defaults to Active Directory's names.
/// </summary>
[Setting("The LDAP or Active Directory directory (`docs/ldap.md`), used instead of the YAML directory when `Url` is set.")]
public sealed class LdapOptions
{
    public const string Section = "Odp:Ldap";

    /// <summary>What the reference shows as the default of a setting whose default comes from <see cref="Preset"/>.</summary>
    internal const string PresetDefault = "the preset's";

    [Setting("`ldap://host[:389]` or `ldaps://host[:636]`. Setting it turns LDAP on, instead of the YAML directory.")]
    public string Url { get; set; } = "";

    [Setting("The service account's DN, used for every lookup, e.g. `cn=odp,ou=services,dc=example,dc=com`.")]
    public string BindDn { get; set; } = "";

    [Setting("The service account's password; never in an error message.", Secret = true)]
    public string BindPassword { get; set; } = "";

    [Setting("The directory's suffix, e.g. `dc=example,dc=com`.")]
    public string BaseDn { get; set; } = "";

    [Setting("Where users are searched (whole subtree): a value that ends with `BaseDn` is absolute; anything else is "
        + "relative to it (`ou=people` → `ou=people,dc=example,dc=com`).", Default = "`BaseDn`")]
    public string UserSearchBase { get; set; } = "";

    [Setting("Where groups are searched (whole subtree), absolute or relative to `BaseDn` like `UserSearchBase`.", Default = "`BaseDn`")]
    public string GroupSearchBase { get; set; } = "";

    [Setting("The defaults for the filters and attribute names: `openldap`, or `activedirectory` (alias `ad`) for Active Directory.",
        Choices = [LdapPreset.OpenLdap, LdapPreset.ActiveDirectory, "ad"])]
    public string Preset { get; set; } = LdapPreset.OpenLdap;

    [Setting("Which entries are users: OpenLDAP `(objectClass=inetOrgPerson)`, AD `(objectClass=user)`.", Default = PresetDefault)]
    public string? UserFilter { get; set; }

    [Setting("Which entries are groups: OpenLDAP `(|(objectClass=groupOfNames)(objectClass=posixGroup))`, AD `(objectClass=group)`.",
        Default = PresetDefault)]
    public string? GroupFilter { get; set; }

    [Setting("Which user entries are disabled: they can't sign in, request, decide or revoke (`docs/ldap.md`, \"Deleted and "
        + "disabled users\"). OpenLDAP `(pwdAccountLockedTime=*)` (ppolicy's lock), AD `(userAccountControl:1.2.840.113556.1.4.803:=2)`.",
        Default = PresetDefault)]
    public string? DisabledFilter { get; set; }

    /// <summary>Attribute names (<c>Odp:Ldap:Attributes:*</c>); each unset one takes the preset's.</summary>
    public LdapAttributeOptions Attributes { get; set; } = new();

    /// <summary>Which ways of recording membership are read. All on by default.</summary>
    public LdapMembershipOptions Membership { get; set; } = new();

    [Setting("Follow groups that are members of groups, both ways: a user's groups include the groups that hold them; a "
        + "group's members include its member groups' users.")]
    public bool NestedGroups { get; set; }

    [Setting("How many levels `NestedGroups` follows. Cycles are visited once.")]
    [Range(1, 20)]
    public int MaxNestingDepth { get; set; } = 5;

    [Setting("How long lookups (users by id and email, a user's groups, group members) are remembered, for reads: a change "
        + "in the directory shows after at most this long. Writes ask the server.")]
    [Duration]
    public string CacheTtl { get; set; } = "5m";

    [Setting("How long one LDAP operation may take.")]
    [Duration]
    public string Timeout { get; set; } = "10s";
}
