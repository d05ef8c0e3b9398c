using Odp.Engine.Directory;

namespace Odp.Engine.Tests.Directory;

public sealed class OwnerResolverTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static readonly OwnerResolver Resolver = new(new YamlDirectory(DirectoryFile.Parse("""
        users:
          - {id: alice, groups: [analysts]}
          - {id: bob, groups: [sales-owners]}
          - {id: carol, groups: [sales-owners, analysts]}
        groups:
          - {id: analysts}
          - {id: sales-owners}
          - {id: empty}
        """, "directory.yaml")));

    [Fact]
    public async Task ResolveAsync_GroupsAndUsers_ExpandsDeduplicatedInOrder()
    {
        var users = await Resolver.ResolveAsync(["user:carol", "group:sales-owners", "user:BOB", "group:analysts"], None);

        Assert.Equal(["carol", "bob", "alice"], users.Select(u => u.Id));
    }

    [Fact]
    public async Task ResolveWithReportAsync_UnknownOwners_AreSkippedAndReported()
    {
        var result = await Resolver.ResolveWithReportAsync(
            ["group:ghosts", "user:mallory", "group:empty", "sales-owners", "user:bob"], None);

        Assert.Equal(["bob"], result.Users.Select(u => u.Id));
        Assert.Equal(["group:ghosts", "user:mallory", "group:empty", "sales-owners"], result.Unresolved);
    }

    [Theory]
    [InlineData("bob", new[] { "group:sales-owners" }, true)]
    [InlineData("BOB", new[] { "group:Sales-Owners" }, true)]
    [InlineData("alice", new[] { "group:sales-owners" }, false)]
    [InlineData("alice", new[] { "group:sales-owners", "user:alice" }, true)]
    [InlineData("mallory", new[] { "user:mallory" }, true)]
    [InlineData("mallory", new[] { "group:sales-owners" }, false)]
    [InlineData("", new[] { "group:sales-owners" }, false)]
    [InlineData("bob", new string[0], false)]
    public async Task IsOwnerAsync_UserAndOwners_DecidesOwnership(string userId, string[] owners, bool expected)
    {
        Assert.Equal(expected, await Resolver.IsOwnerAsync(userId, owners, None));
    }

    private static readonly OwnerResolver Named = new(new YamlDirectory(DirectoryFile.Parse("""
        users:
          - {id: bob, name: Bob Owner, email: bob@example.com, groups: [sales-owners, crowd]}
          - {id: judy, name: Judy Sales Lead, email: judy@example.com, groups: [sales-owners, crowd]}
          - {id: nomail, name: No Mail, groups: [crowd]}
          - {id: u4, name: Four, groups: [crowd]}
          - {id: u5, name: Five, groups: [crowd]}
          - {id: u6, name: Six, groups: [crowd]}
          - {id: u7, name: Seven, groups: [crowd]}
        groups:
          - {id: sales-owners, name: Sales data owners}
          - {id: crowd, name: Everyone}
          - {id: empty, name: Nobody yet}
        """, "directory.yaml")));

    [Theory]
    [InlineData("group:sales-owners", "Sales data owners (Bob Owner, Judy Sales Lead)")]
    [InlineData("group:crowd", "Everyone (Bob Owner, Judy Sales Lead, No Mail, Four, Five and 2 more)")]
    [InlineData("group:empty", "Nobody yet (no members)")]
    [InlineData("group:ghosts", "ghosts (not in the directory)")]
    [InlineData("user:bob", "Bob Owner <bob@example.com>")]
    [InlineData("user:nomail", "No Mail")]
    [InlineData("user:mallory", "mallory (not in the directory)")]
    [InlineData("sales-owners", "sales-owners")]
    public async Task DescribeAsync_Owner_ReadsAsPeopleDo(string owner, string expected)
    {
        var described = await Named.DescribeAsync([owner], None);

        Assert.Equal(expected, described[owner]);
    }

    [Fact]
    public async Task DescribeAllAsync_SeveralOwnersWithRepeats_OneLineInOrderEachOnce()
    {
        var line = await Named.DescribeAllAsync(["user:bob", "group:sales-owners", "user:bob"], None);

        Assert.Equal("Bob Owner <bob@example.com>, Sales data owners (Bob Owner, Judy Sales Lead)", line);
    }
}
