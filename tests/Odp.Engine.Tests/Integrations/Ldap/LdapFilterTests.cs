using Odp.Engine.Integrations.Ldap;

namespace Odp.Engine.Tests.Integrations.Ldap;

public sealed class LdapFilterTests
{
    // RFC 4515 section 4's examples, as values.
    [Theory]
    [InlineData("Parens R Us (for all your parenthetical needs)", @"Parens R Us \28for all your parenthetical needs\29")]
    [InlineData("*", @"\2a")]
    [InlineData(@"C:\MyFile", @"C:\5cMyFile")]
    [InlineData("\0\0\0\u0004", "\\00\\00\\00\u0004")]
    [InlineData("Lu\u010di\u0107", @"Lu\c4\8di\c4\87")]
    public void Escape_Rfc4515Examples_MatchTheRfc(string value, string expected)
    {
        Assert.Equal(expected, LdapFilter.Escape(value));
    }

    [Theory]
    [InlineData("*)(uid=*", @"\2a\29\28uid=\2a")]
    [InlineData("admin)(|(a=*", @"admin\29\28|\28a=\2a")]
    [InlineData("bob\0", @"bob\00")]
    [InlineData(@"\2a", @"\5c2a")]
    public void Escape_InjectionAttempts_LeaveNoFilterSyntax(string value, string expected)
    {
        var escaped = LdapFilter.Escape(value);

        Assert.Equal(expected, escaped);
        Assert.DoesNotContain('(', escaped);
        Assert.DoesNotContain(')', escaped);
        Assert.DoesNotContain('*', escaped);
        Assert.DoesNotContain('\0', escaped);
    }

    [Theory]
    [InlineData("alice", "alice")]
    [InlineData("alice.smith@example.com", "alice.smith@example.com")]
    [InlineData("o'brien-2 +x=y,z", "o'brien-2 +x=y,z")]
    public void Escape_PlainText_IsUnchanged(string value, string expected)
    {
        Assert.Equal(expected, LdapFilter.Escape(value));
    }

    [Fact]
    public void Escape_CharacterOutsideTheBmp_EscapesEachUtf8Byte()
    {
        Assert.Equal(@"\f0\9f\98\80", LdapFilter.Escape("\U0001F600"));
    }

    [Fact]
    public void Equal_Value_IsEscapedInsideTheAssertion()
    {
        Assert.Equal(@"(uid=\2a\29\28uid=\2a)", LdapFilter.Equal("uid", "*)(uid=*"));
    }

    [Fact]
    public void AndOr_SeveralParts_WrapThem_OnePart_ReturnsIt()
    {
        Assert.Equal("(&(a=1)(b=2))", LdapFilter.And("(a=1)", "(b=2)"));
        Assert.Equal("(|(a=1)(b=2))", LdapFilter.Or(["(a=1)", "", "(b=2)"]));
        Assert.Equal("(a=1)", LdapFilter.Or(["(a=1)"]));
    }

    [Theory]
    [InlineData("bob", true)]
    [InlineData("", false)]
    [InlineData("bob\0", false)]
    [InlineData("bob@example.com\0junk", false)]
    [InlineData("line\nbreak", false)]
    public void IsSearchable_ControlCharacters_AreNot(string value, bool expected)
    {
        Assert.Equal(expected, LdapFilter.IsSearchable(value));
    }
}
