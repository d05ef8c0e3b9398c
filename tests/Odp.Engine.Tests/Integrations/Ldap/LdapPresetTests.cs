using Odp.Engine.Integrations.Ldap;

namespace Odp.Engine.Tests.Integrations.Ldap;

public sealed class LdapPresetTests
{
    [Fact]
    public void Resolve_NoPreset_UsesOpenLdapNames()
    {
        var schema = LdapPreset.Resolve(new LdapOptions());

        Assert.Equal(LdapSchema.OpenLdap, schema);
        Assert.Equal("uid", schema.UserId);
        Assert.Equal("(objectClass=inetOrgPerson)", schema.UserFilter);
        Assert.Equal("(|(objectClass=groupOfNames)(objectClass=posixGroup))", schema.GroupFilter);
        Assert.Equal("(pwdAccountLockedTime=*)", schema.DisabledFilter);
    }

    [Theory]
    [InlineData("activedirectory")]
    [InlineData("ActiveDirectory")]
    [InlineData("ad")]
    public void Resolve_ActiveDirectory_UsesAdNames(string preset)
    {
        var schema = LdapPreset.Resolve(new LdapOptions { Preset = preset });

        Assert.Equal("sAMAccountName", schema.UserId);
        Assert.Equal("userPrincipalName", schema.Email);
        Assert.Equal("displayName", schema.Name);
        Assert.Equal("(objectClass=user)", schema.UserFilter);
        Assert.Equal("(objectClass=group)", schema.GroupFilter);
        Assert.Equal("member", schema.Member);
        Assert.Equal("memberOf", schema.MemberOf);
        Assert.Equal("(userAccountControl:1.2.840.113556.1.4.803:=2)", schema.DisabledFilter);
    }

    [Fact]
    public void Resolve_SettingsGiven_OverrideThePreset()
    {
        var schema = LdapPreset.Resolve(new LdapOptions
        {
            Preset = "activedirectory",
            UserFilter = "(&(objectClass=user)(objectCategory=person))",
            DisabledFilter = "(employeeType=disabled)",
            Attributes = new() { Email = "mail", GroupId = " sAMAccountName " },
        });

        Assert.Equal("(&(objectClass=user)(objectCategory=person))", schema.UserFilter);
        Assert.Equal("(employeeType=disabled)", schema.DisabledFilter);
        Assert.Equal("mail", schema.Email);
        Assert.Equal("sAMAccountName", schema.GroupId);
        Assert.Equal("sAMAccountName", schema.UserId);
    }

    [Theory]
    [InlineData("openldap", true)]
    [InlineData("", true)]
    [InlineData("novell", false)]
    public void IsKnown_Preset_Answers(string preset, bool expected)
    {
        Assert.Equal(expected, LdapPreset.IsKnown(preset));
    }
}
