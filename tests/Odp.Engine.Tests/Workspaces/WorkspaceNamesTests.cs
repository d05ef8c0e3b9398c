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

    [Fact]
    public void Candidates_Group_NameThenHashedNamesAllValidAndStable()
    {
        var first = WorkspaceNames.Candidates("Data.Science").Take(4).ToList();
        var again = WorkspaceNames.Candidates("data.science").Take(4).ToList();
        var other = WorkspaceNames.Candidates("data_science").Take(2).ToList();

        Assert.Equal("data-science", first[0]);
        Assert.Matches("^data-science-[0-9a-f]{6}$", first[1]);
        Assert.Equal([first[1] + "-2", first[1] + "-3"], first[2..]);
        Assert.Equal(first, again);
        Assert.NotEqual(first[1], other[1]);
        Assert.All(first, n => Assert.True(WorkspaceNames.IsValid(n), n));
    }

    [Theory]
    [InlineData("Team")]
    [InlineData("-team")]
    [InlineData("team-")]
    [InlineData("te_am")]
    [InlineData("")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void IsValid_BadName_ReturnsFalse(string name) => Assert.False(WorkspaceNames.IsValid(name));
}
