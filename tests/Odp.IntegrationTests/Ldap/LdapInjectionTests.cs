namespace Odp.IntegrationTests.Ldap;

/// <summary>Values typed into a lookup are escaped (RFC 4515), so none of these widens a search into a match.</summary>
[Collection(SlapdCollection.Name)]
public sealed class LdapInjectionTests(SlapdFixture slapd)
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Theory]
    [InlineData("*")]
    [InlineData("*)(uid=*")]
    [InlineData("bob)(|(uid=*")]
    [InlineData("b*")]
    [InlineData("bob\0")]
    [InlineData("\0")]
    [InlineData("bob\\2a")]
    public async Task FindUserAsync_InjectionAttempt_FindsNothing(string id)
    {
        using var directory = slapd.NewDirectory();

        Assert.Null(await directory.FindUserAsync(id, Ct));
    }

    [Theory]
    [InlineData("*")]
    [InlineData("*@example.com")]
    [InlineData("bob@example.com)(mail=*")]
    [InlineData("bob@example.com\0")]
    [InlineData("bob@example.com\0junk")]
    public async Task FindUserByEmailAsync_InjectionAttempt_FindsNothing(string email)
    {
        using var directory = slapd.NewDirectory();

        Assert.Null(await directory.FindUserByEmailAsync(email, Ct));
    }

    [Theory]
    [InlineData("admin)(|(a=*")]
    [InlineData("*")]
    [InlineData("sales-owners)(cn=*")]
    [InlineData("sales-owners\0")]
    public async Task GroupLookups_InjectionAttempt_FindNothing(string group)
    {
        using var directory = slapd.NewDirectory();

        Assert.Null(await directory.FindGroupAsync(group, Ct));
        Assert.Empty(await directory.GetGroupMembersAsync(group, Ct));
    }

    [Theory]
    [InlineData("*", "bob-secret")]
    [InlineData("*)(uid=bob", "bob-secret")]
    public async Task AuthenticateAsync_InjectedUsername_ReturnsNull(string username, string password)
    {
        using var directory = slapd.NewDirectory();

        Assert.Null(await directory.AuthenticateAsync(username, password, Ct));
    }
}
