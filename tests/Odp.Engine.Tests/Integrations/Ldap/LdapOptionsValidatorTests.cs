using Odp.Engine.Integrations.Ldap;

namespace Odp.Engine.Tests.Integrations.Ldap;

public sealed class LdapOptionsValidatorTests
{
    private const string Password = "s3cret-service-password";

    private static LdapOptions Valid() => new()
    {
        Url = "ldap://ldap.internal:389",
        BindDn = "cn=odp,ou=services,dc=example,dc=com",
        BindPassword = Password,
        BaseDn = "dc=example,dc=com",
    };

    private static IReadOnlyList<string> Failures(Action<LdapOptions> change)
    {
        var options = Valid();
        change(options);
        var result = new LdapOptionsValidator().Validate(null, options);
        return result.Failures?.ToList() ?? [];
    }

    [Fact]
    public void Validate_Defaults_Succeed()
    {
        Assert.Empty(Failures(_ => { }));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ldap.internal:389")]
    [InlineData("http://ldap.internal")]
    [InlineData("ldap://")]
    [InlineData("ldap://ldap.internal/dc=example?uid")]
    public void Validate_BadUrl_NamesUrl(string url)
    {
        var failure = Assert.Single(Failures(o => o.Url = url));

        Assert.Contains("Odp:Ldap:Url", failure);
    }

    [Theory]
    [InlineData("ldap://ldap.internal", "ldap.internal", 389, false)]
    [InlineData("ldaps://ldap.internal", "ldap.internal", 636, true)]
    [InlineData("ldap://127.0.0.1:3890/", "127.0.0.1", 3890, false)]
    public void Endpoint_Url_ReadsHostPortAndTls(string url, string host, int port, bool secure)
    {
        Assert.Equal(new LdapEndpoint(host, port, secure), LdapOptionsValidator.Endpoint(url));
    }

    [Fact]
    public void Validate_MissingBindSettings_NameThemWithoutThePassword()
    {
        var failures = Failures(o => { o.BindDn = ""; o.BindPassword = ""; o.BaseDn = ""; });

        Assert.Contains(failures, f => f.Contains("Odp:Ldap:BindDn"));
        Assert.Contains(failures, f => f.Contains("Odp:Ldap:BindPassword"));
        Assert.Contains(failures, f => f.Contains("Odp:Ldap:BaseDn"));
    }

    [Fact]
    public void Validate_AnyFailure_NeverShowsThePassword()
    {
        var failures = Failures(o => { o.Url = "nope"; o.CacheTtl = "soon"; o.Preset = "novell"; });

        Assert.Equal(3, failures.Count);
        Assert.All(failures, f => Assert.DoesNotContain(Password, f));
    }

    [Theory]
    [InlineData("CacheTtl", "5 minutes")]
    [InlineData("CacheTtl", "0s")]
    [InlineData("Timeout", "")]
    public void Validate_BadDuration_NamesTheSetting(string setting, string value)
    {
        var failure = Assert.Single(Failures(o =>
        {
            if (setting == "CacheTtl") o.CacheTtl = value;
            else o.Timeout = value;
        }));

        Assert.Contains($"Odp:Ldap:{setting}", failure);
    }

    [Theory]
    [InlineData("objectClass=person")]
    [InlineData("(objectClass=person")]
    [InlineData("(a=1))(")]
    public void Validate_MalformedFilter_NamesIt(string filter)
    {
        Assert.Contains("Odp:Ldap:UserFilter", Assert.Single(Failures(o => o.UserFilter = filter)));
        Assert.Contains("Odp:Ldap:GroupFilter", Assert.Single(Failures(o => o.GroupFilter = filter)));
        Assert.Contains("Odp:Ldap:DisabledFilter", Assert.Single(Failures(o => o.DisabledFilter = filter)));
    }

    [Fact]
    public void Validate_EveryMembershipStyleOff_Fails()
    {
        Assert.Contains("Odp:Ldap:Membership", Assert.Single(Failures(o => o.Membership = new() { Member = false, MemberOf = false, MemberUid = false })));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    public void Validate_NestingDepthOutOfRange_NamesIt(int depth)
    {
        Assert.Contains("Odp:Ldap:MaxNestingDepth", Assert.Single(Failures(o => o.MaxNestingDepth = depth)));
    }
}
