using Odp.Engine.Directory;

namespace Odp.Engine.Tests.Directory;

public sealed class YamlDirectoryTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static readonly YamlDirectory Sample = new(DirectoryFile.Parse("""
        users:
          - {id: zoe, name: Zoe, email: zoe@example.com, groups: [analysts]}
          - {id: alice, name: Alice Analyst, email: Alice@Example.com, groups: [analysts]}
          - {id: bob, name: Bob Owner, email: bob@example.com, groups: [sales-owners]}
          - {id: walter, name: Walter Left, email: walter@example.com, groups: [sales-owners], disabled: true}
        groups:
          - {id: analysts, name: Analysts}
          - {id: sales-owners, name: Sales data owners}
          - {id: empty, name: Nobody here}
        """, "directory.yaml"));

    [Fact]
    public async Task FindUserAsync_DifferentCase_FindsUser()
    {
        Assert.Equal("alice", (await Sample.FindUserAsync("ALICE", None))?.Id);
        Assert.Null(await Sample.FindUserAsync("mallory", None));
    }

    [Fact]
    public async Task FindUserByEmailAsync_DifferentCase_FindsUser()
    {
        Assert.Equal("alice", (await Sample.FindUserByEmailAsync("alice@example.COM", None))?.Id);
        Assert.Null(await Sample.FindUserByEmailAsync("nobody@example.com", None));
    }

    [Fact]
    public async Task ListUsersAsync_Always_KeepsFileOrder()
    {
        var users = await Sample.ListUsersAsync(None);

        Assert.Equal(["zoe", "alice", "bob", "walter"], users.Select(u => u.Id));
    }

    [Fact]
    public async Task FindGroupAsync_DifferentCase_FindsGroup()
    {
        Assert.Equal("Sales data owners", (await Sample.FindGroupAsync("Sales-Owners", None))?.Name);
        Assert.Null(await Sample.FindGroupAsync("nope", None));
    }

    [Theory]
    [InlineData("analysts", new[] { "zoe", "alice" })]
    [InlineData("SALES-OWNERS", new[] { "bob", "walter" })]
    [InlineData("empty", new string[0])]
    [InlineData("unknown", new string[0])]
    public async Task GetGroupMembersAsync_Group_ReturnsMembersInFileOrder(string group, string[] expected)
    {
        var members = await Sample.GetGroupMembersAsync(group, None);

        Assert.Equal(expected, members.Select(u => u.Id));
    }

    [Theory]
    [InlineData("ALICE", "alice", false)]
    [InlineData("Walter", "walter", true)]
    public async Task CheckUserAsync_ListedUser_SaysWhetherTheFileDisablesThem(string id, string expected, bool disabled)
    {
        var standing = await Sample.CheckUserAsync(id, None);

        Assert.Equal(expected, standing.User?.Id);
        Assert.Equal(disabled, standing.Disabled);
        Assert.Equal(!disabled, standing.CanAct);
    }

    [Fact]
    public async Task CheckUserAsync_UnknownUser_IsGone()
    {
        var standing = await Sample.CheckUserAsync("nobody", None);

        Assert.Null(standing.User);
        Assert.False(standing.CanAct);
    }
}
