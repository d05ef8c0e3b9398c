using Odp.Engine.Workspaces;

namespace Odp.Engine.Tests.Workspaces;

public sealed class WorkspaceNamesTests
{
    [Theory]
    [InlineData("Data Science", "data-science")]
    [InlineData("cn=Sales,ou=Groups", "cn-sales-ou-groups")]
    [InlineData("--team__42--", "team-42")]
    [InlineData("analytics", "analytics")]
    public void FromGroup_GroupId_GivesValidName(string group, string expected)
    {
        var name = WorkspaceNames.FromGroup(group);

        Assert.Equal(expected, name);
        Assert.True(WorkspaceNames.IsValid(name));
    }

    [Fact]
    public void FromGroup_LongGroup_TruncatesToFitNamespacePrefix()
    {
        var name = WorkspaceNames.FromGroup(new string('a', 58) + "-" + new string('b', 20));

        Assert.Equal(new string('a', 58), name);
        Assert.True(("odp-" + name).Length <= 63);
    }

    [Fact]
    public void FromGroup_NoLettersOrDigits_Throws() =>
        Assert.Throws<ArgumentException>(() => WorkspaceNames.FromGroup("!!!"));

    [Theory]
    [InlineData("Team")]
    [InlineData("-team")]
    [InlineData("team-")]
    [InlineData("te_am")]
    [InlineData("")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void IsValid_BadName_ReturnsFalse(string name) => Assert.False(WorkspaceNames.IsValid(name));
}
