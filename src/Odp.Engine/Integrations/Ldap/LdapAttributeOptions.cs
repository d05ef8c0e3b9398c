using Odp.Engine.Settings;

namespace Odp.Engine.Integrations.Ldap;

/// <summary>Attribute names (<c>Odp:Ldap:Attributes:*</c>). Unset ones come from the preset; see <see cref="LdapSchema"/>.</summary>
public sealed class LdapAttributeOptions
{
    private const string Preset = LdapOptions.PresetDefault;

    [Setting("The user id people and catalog owners (`user:bob`) use: OpenLDAP `uid`, AD `sAMAccountName`.", Default = Preset)]
    public string? UserId { get; set; }

    [Setting("The email that matches chat accounts to people: OpenLDAP `mail`, AD `userPrincipalName`.", Default = Preset)]
    public string? Email { get; set; }

    [Setting("The display name: OpenLDAP `cn`, AD `displayName`.", Default = Preset)]
    public string? Name { get; set; }

    [Setting("The group id catalog owners name (`group:sales-owners`): `cn`.", Default = Preset)]
    public string? GroupId { get; set; }

    [Setting("A group's display name, falling back to its id: `description`.", Default = Preset)]
    public string? GroupName { get; set; }

    [Setting("Member DNs of a group (groupOfNames, AD groups): `member`.", Default = Preset)]
    public string? Member { get; set; }

    [Setting("Member user ids of a group (posixGroup): `memberUid`.", Default = Preset)]
    public string? MemberUid { get; set; }

    [Setting("Group DNs on a user (the memberof overlay, AD): `memberOf`.", Default = Preset)]
    public string? MemberOf { get; set; }
}
