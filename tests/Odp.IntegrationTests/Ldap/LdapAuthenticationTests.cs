namespace Odp.IntegrationTests.Ldap;

[Collection(SlapdCollection.Name)]
public sealed class LdapAuthenticationTests(SlapdFixture slapd)
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task AuthenticateAsync_RightPassword_ReturnsTheUser()
    {
        using var directory = slapd.NewDirectory();

        var bob = await directory.AuthenticateAsync("bob", "bob-secret", Ct);

        Assert.Equal("bob", bob?.Id);
        Assert.Contains("sales-owners", bob!.Groups);
    }

    [Fact]
    public async Task AuthenticateAsync_HashedPassword_ReturnsTheUser()
    {
        using var directory = slapd.NewDirectory();

        Assert.Equal("alice", (await directory.AuthenticateAsync("alice", "alice-secret", Ct))?.Id);
    }

    [Fact]
    public async Task AuthenticateAsync_Email_ReturnsTheUser()
    {
        using var directory = slapd.NewDirectory();

        Assert.Equal("judy", (await directory.AuthenticateAsync("judy@example.com", "judy-secret", Ct))?.Id);
    }

    [Theory]
    [InlineData("bob", "wrong")]
    [InlineData("bob", "BOB-SECRET")]
    [InlineData("bob", "alice-secret")]
    [InlineData("mallory", "bob-secret")]
    [InlineData("bob", "")]
    [InlineData("", "bob-secret")]
    public async Task AuthenticateAsync_WrongPasswordUnknownUserOrEmpty_ReturnsNull(string username, string password)
    {
        using var directory = slapd.NewDirectory();

        Assert.Null(await directory.AuthenticateAsync(username, password, Ct));
    }

    [Fact]
    public async Task AuthenticateAsync_EmptyPassword_NeverBinds()
    {
        using var directory = slapd.NewDirectory();
        Assert.NotNull(await directory.FindUserAsync("bob", Ct));
        var binds = directory.Binds;

        Assert.Null(await directory.AuthenticateAsync("bob", "", Ct));

        Assert.Equal(binds, directory.Binds);
    }

    [Fact]
    public async Task AuthenticateAsync_Twice_BindsAFreshConnectionEachTime()
    {
        using var directory = slapd.NewDirectory();
        Assert.NotNull(await directory.AuthenticateAsync("carol", "carol-secret", Ct));
        var binds = directory.Binds;

        Assert.NotNull(await directory.AuthenticateAsync("carol", "carol-secret", Ct));

        Assert.Equal(binds + 1, directory.Binds);
    }
}
