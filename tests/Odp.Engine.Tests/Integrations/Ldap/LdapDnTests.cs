using Odp.Engine.Integrations.Ldap;

namespace Odp.Engine.Tests.Integrations.Ldap;

public sealed class LdapDnTests
{
    // RFC 4514 section 4's examples, as values.
    [Theory]
    [InlineData("James \"Jim\" Smith, III", @"James \""Jim\"" Smith\, III")]
    [InlineData("Sales+Engineering", @"Sales\+Engineering")]
    [InlineData("Lu\u010di\u0107", "Lu\u010di\u0107")]
    public void EscapeValue_Rfc4514Examples_MatchTheRfc(string value, string expected)
    {
        Assert.Equal(expected, LdapDn.EscapeValue(value));
    }

    [Theory]
    [InlineData(",+\"\\<>;=", @"\,\+\""\\\<\>\;\=")]
    [InlineData(" leading", @"\ leading")]
    [InlineData("#hash", @"\#hash")]
    [InlineData("trailing ", @"trailing\ ")]
    [InlineData(" ", @"\ ")]
    [InlineData("mid dle#", "mid dle#")]
    [InlineData("nul\0", @"nul\00")]
    public void EscapeValue_SpecialCharacters_AreEscaped(string value, string expected)
    {
        Assert.Equal(expected, LdapDn.EscapeValue(value));
    }

    [Theory]
    [InlineData("cn=finance,ou=teams,dc=odp,dc=test", "cn", "finance")]
    [InlineData(@"CN=Smith\, John,OU=Staff", "CN", "Smith, John")]
    [InlineData(@"cn=Lu\C4\8Di\C4\87,dc=x", "cn", "Lu\u010di\u0107")]
    [InlineData("cn=a+uid=b,dc=x", "cn", "a")]
    [InlineData(" cn = spaced ,dc=x", "cn", "spaced")]
    public void TryFirstRdn_Dn_ReturnsTypeAndUnescapedValue(string dn, string type, string value)
    {
        Assert.True(LdapDn.TryFirstRdn(dn, out var t, out var v));
        Assert.Equal(type, t);
        Assert.Equal(value, v);
    }

    [Theory]
    [InlineData("no equals sign")]
    [InlineData("=value")]
    [InlineData(@"cn=trailing\")]
    public void TryFirstRdn_NotADn_ReturnsFalse(string dn)
    {
        Assert.False(LdapDn.TryFirstRdn(dn, out _, out _));
    }

    [Fact]
    public void EscapeValue_ThenTryFirstRdn_RoundTrips()
    {
        const string value = " #Smith, \"J\" <x>;y=z+w\\ ";

        Assert.True(LdapDn.TryFirstRdn($"cn={LdapDn.EscapeValue(value)},dc=x", out _, out var back));

        Assert.Equal(value.Trim(), back);
    }

    [Theory]
    [InlineData("", "dc=odp,dc=test", "dc=odp,dc=test")]
    [InlineData("ou=people", "dc=odp,dc=test", "ou=people,dc=odp,dc=test")]
    [InlineData("ou=people,dc=odp,dc=test", "dc=odp,dc=test", "ou=people,dc=odp,dc=test")]
    [InlineData("OU=People, DC=Odp, DC=Test", "dc=odp,dc=test", "OU=People, DC=Odp, DC=Test")]
    [InlineData("ou=x,dc=xodp,dc=test", "dc=odp,dc=test", "ou=x,dc=xodp,dc=test,dc=odp,dc=test")]
    public void Under_RelativeOrAbsolute_ResolvesAgainstTheBase(string searchBase, string baseDn, string expected)
    {
        Assert.Equal(expected, LdapDn.Under(searchBase, baseDn));
    }

    [Fact]
    public void Key_CaseAndSpaces_CompareEqual()
    {
        Assert.Equal(LdapDn.Key("uid=bob,ou=people,dc=odp,dc=test"), LdapDn.Key("UID=Bob, OU=People , DC=odp,DC=test"));
    }
}
