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
}
