namespace Odp.IntegrationTests.Ldap;

[Collection(SlapdCollection.Name)]
public sealed class LdapNestedGroupTests(SlapdFixture slapd)
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task GetGroupMembersAsync_NestedOff_SkipsMemberGroups()
    {
        using var directory = slapd.NewDirectory();

        var stewards = await directory.GetGroupMembersAsync("data-stewards", Ct);

        Assert.Equal(["dave"], stewards.Select(u => u.Id));
    }

    [Fact]
    public async Task GetGroupMembersAsync_NestedOn_IncludesMemberGroupsUsers()
    {
        using var directory = slapd.NewDirectory(change: o => o.NestedGroups = true);

        var stewards = await directory.GetGroupMembersAsync("data-stewards", Ct);

        Assert.Equal(["dave", "bob", "judy"], stewards.Select(u => u.Id));
    }

    [Fact]
    public async Task FindUserAsync_NestedOn_ListsTheEnclosingGroup()
    {
        using var flat = slapd.NewDirectory();
        using var nested = slapd.NewDirectory(change: o => o.NestedGroups = true);

        Assert.DoesNotContain("data-stewards", (await flat.FindUserAsync("bob", Ct))!.Groups);
        Assert.Contains("data-stewards", (await nested.FindUserAsync("bob", Ct))!.Groups);
    }

    [Fact]
    public async Task GetGroupMembersAsync_GroupCycle_VisitsEachGroupOnce()
    {
        using var directory = slapd.NewDirectory(change: o => o.NestedGroups = true);

        var members = await directory.GetGroupMembersAsync("loop-a", Ct);
        var alice = await directory.FindUserAsync("alice", Ct);

        Assert.Equal(["judy", "alice"], members.Select(u => u.Id));
        Assert.Contains("loop-a", alice!.Groups);
        Assert.Contains("loop-b", alice.Groups);
    }
}
