using Odp.Engine.Directory;

namespace Odp.IntegrationTests.Ldap;

[Collection(SlapdCollection.Name)]
public sealed class LdapLookupTests(SlapdFixture slapd)
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task FindUserAsync_KnownUid_ReturnsNameEmailAndGroups()
    {
        using var directory = slapd.NewDirectory();

        var bob = await directory.FindUserAsync("bob", Ct);

        Assert.NotNull(bob);
        Assert.Equal("bob", bob.Id);
        Assert.Equal("Bob Owner", bob.Name);
        Assert.Equal("bob@example.com", bob.Email);
        Assert.Contains("sales-owners", bob.Groups);
    }

    [Fact]
    public async Task FindUserAsync_UidInOtherCase_FindsTheUser()
    {
        using var directory = slapd.NewDirectory();

        Assert.Equal("alice", (await directory.FindUserAsync(" ALICE ", Ct))?.Id);
    }

    [Fact]
    public async Task FindUserAsync_UnknownUid_ReturnsNull()
    {
        using var directory = slapd.NewDirectory();

        Assert.Null(await directory.FindUserAsync("mallory", Ct));
    }

    [Fact]
    public async Task FindUserByEmailAsync_KnownEmail_ReturnsTheUser()
    {
        using var directory = slapd.NewDirectory();

        var carol = await directory.FindUserByEmailAsync("Carol@Example.com", Ct);

        Assert.Equal("carol", carol?.Id);
    }

    [Fact]
    public async Task FindUserAsync_GroupOfNamesMember_ListsTheGroup()
    {
        using var directory = slapd.NewDirectory(change: o => o.Membership = new() { Member = true, MemberOf = false, MemberUid = false });

        var carol = await directory.FindUserAsync("carol", Ct);

        Assert.Equal(["marketing-owners"], carol?.Groups);
    }

    [Fact]
    public async Task FindUserAsync_PosixGroupMemberUid_ListsTheGroup()
    {
        using var directory = slapd.NewDirectory(change: o => o.Membership = new() { Member = false, MemberOf = false, MemberUid = true });

        var alice = await directory.FindUserAsync("alice", Ct);

        Assert.Equal(["analysts"], alice?.Groups);
    }

    [Fact]
    public async Task FindUserAsync_GroupOnlyInMemberOf_ListsTheGroup()
    {
        using var directory = slapd.NewDirectory();

        var erin = await directory.FindUserAsync("erin", Ct);

        Assert.Equal(["finance"], erin?.Groups);
    }

    [Fact]
    public async Task FindUserAsync_MemberOfOff_MissesGroupsOutsideTheGroupBase()
    {
        using var directory = slapd.NewDirectory(change: o => o.Membership.MemberOf = false);

        var erin = await directory.FindUserAsync("erin", Ct);

        Assert.Empty(erin!.Groups);
    }

    [Fact]
    public async Task FindUserAsync_AllStyles_CombinesGroupsOnce()
    {
        using var directory = slapd.NewDirectory();

        var carol = await directory.FindUserAsync("carol", Ct);

        Assert.Equal(["analysts", "marketing-owners"], carol!.Groups.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task FindGroupAsync_WithDescription_UsesItAsName()
    {
        using var directory = slapd.NewDirectory();

        Assert.Equal(new DirectoryGroup("sales-owners", "Sales data owners"), await directory.FindGroupAsync("sales-owners", Ct));
        Assert.Equal(new DirectoryGroup("analysts", "analysts"), await directory.FindGroupAsync("analysts", Ct));
        Assert.Null(await directory.FindGroupAsync("no-such-group", Ct));
    }

    [Fact]
    public async Task GetGroupMembersAsync_GroupOfNamesAndPosixGroup_ReturnsTheirUsers()
    {
        using var directory = slapd.NewDirectory();

        var sales = await directory.GetGroupMembersAsync("sales-owners", Ct);
        var analysts = await directory.GetGroupMembersAsync("analysts", Ct);

        Assert.Equal(["bob", "judy"], sales.Select(u => u.Id));
        Assert.Equal(["alice", "carol"], analysts.Select(u => u.Id));
        Assert.Empty(await directory.GetGroupMembersAsync("no-such-group", Ct));
    }

    [Fact]
    public async Task ResolveAsync_GroupOwner_ResolvesToItsMembers()
    {
        using var directory = slapd.NewDirectory();
        var resolver = new OwnerResolver(directory);

        var owners = await resolver.ResolveAsync(["group:sales-owners", "user:carol"], Ct);

        Assert.Equal(["bob", "judy", "carol"], owners.Select(u => u.Id));
        Assert.True(await resolver.IsOwnerAsync("judy", ["group:sales-owners"], Ct));
        Assert.False(await resolver.IsOwnerAsync("alice", ["group:sales-owners"], Ct));
    }

    [Fact]
    public async Task ListUsersAsync_ReturnsEverySeededUser()
    {
        using var directory = slapd.NewDirectory();

        var users = await directory.ListUsersAsync(Ct);

        Assert.Equal(["alice", "bob", "carol", "dave", "erin", "frank", "judy"], users.Select(u => u.Id).Order(StringComparer.Ordinal));
    }
}
