using Odp.Engine.Directory;

namespace Odp.Engine.Tests.Directory;

public sealed class DirectoryFileTests
{
    private const string Minimal = """
        users:
          - {id: alice, name: Alice Analyst, email: alice@example.com, groups: [analysts]}
          - {id: bob, name: Bob Owner, email: bob@example.com, groups: [sales-owners]}
        groups:
          - {id: analysts, name: Analysts}
          - {id: sales-owners, name: Sales data owners}
        """;

    [Fact]
    public void Parse_MinimalFormat_ReadsUsersAndGroups()
    {
        var file = DirectoryFile.Parse(Minimal, "directory.yaml");

        Assert.Equal(
            [
                new DirectoryUser("alice", "Alice Analyst", "alice@example.com", ["analysts"]),
                new DirectoryUser("bob", "Bob Owner", "bob@example.com", ["sales-owners"]),
            ],
            file.Users,
            (a, b) => a.Id == b.Id && a.Name == b.Name && a.Email == b.Email && a.Groups.SequenceEqual(b.Groups));
        Assert.Equal([new DirectoryGroup("analysts", "Analysts"), new DirectoryGroup("sales-owners", "Sales data owners")], file.Groups);
    }

    [Fact]
    public void Parse_GroupWrittenInOtherCase_UsesTheGroupsSpelling()
    {
        var yaml = "users:\n  - {id: a, groups: [Analysts]}\ngroups:\n  - {id: analysts}\n";

        var user = Assert.Single(DirectoryFile.Parse(yaml, "directory.yaml").Users);

        Assert.Equal(["analysts"], user.Groups);
        Assert.Equal("a", user.Name);
    }

    [Fact]
    public void Parse_UnknownGroup_NamesUserAndGroup()
    {
        var yaml = "users:\n  - {id: alice, groups: [analysts, data-wizards]}\ngroups:\n  - {id: analysts}\n";

        var error = Assert.Throws<DirectoryFileException>(() => DirectoryFile.Parse(yaml, "people.yaml"));

        Assert.Contains("people.yaml", error.Message);
        Assert.Contains("user 'alice' is in the group 'data-wizards'", error.Message);
    }

    [Fact]
    public void Parse_DuplicateUserId_IsRefusedCaseInsensitively()
    {
        var yaml = "users:\n  - {id: alice, email: a@x.com}\n  - {id: ALICE, email: b@x.com}\n";

        var error = Assert.Throws<DirectoryFileException>(() => DirectoryFile.Parse(yaml, "directory.yaml"));

        Assert.Contains("user 'ALICE' is listed twice", error.Message);
    }

    [Fact]
    public void Parse_DuplicateEmail_NamesBothUsers()
    {
        var yaml = "users:\n  - {id: alice, email: shared@x.com}\n  - {id: bob, email: SHARED@x.com}\n";

        var error = Assert.Throws<DirectoryFileException>(() => DirectoryFile.Parse(yaml, "directory.yaml"));

        Assert.Contains("user 'bob'", error.Message);
        Assert.Contains("user 'alice' already uses", error.Message);
    }

    [Fact]
    public void Parse_DuplicateGroup_IsRefused()
    {
        var yaml = "users:\n  - {id: alice}\ngroups:\n  - {id: analysts}\n  - {id: analysts}\n";

        var error = Assert.Throws<DirectoryFileException>(() => DirectoryFile.Parse(yaml, "directory.yaml"));

        Assert.Contains("group 'analysts' is listed twice", error.Message);
    }

    [Theory]
    [InlineData("users:\n  - {name: No Id}\n", "user #1 has no id")]
    [InlineData("users:\n  - {id: 'a b'}\n", "user #1 has the id 'a b'")]
    [InlineData("users:\n  - {id: a, email: not-an-email}\n", "missing an '@'")]
    [InlineData("groups:\n  - {id: analysts}\n", "no users")]
    public void Parse_InvalidEntry_ExplainsTheProblem(string yaml, string expected)
    {
        var error = Assert.Throws<DirectoryFileException>(() => DirectoryFile.Parse(yaml, "directory.yaml"));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Parse_YamlSyntaxError_ReportsLine()
    {
        var error = Assert.Throws<DirectoryFileException>(
            () => DirectoryFile.Parse("users:\n  - {id: alice, groups: [a\n", "directory.yaml"));

        Assert.Contains("directory.yaml", error.Message);
        Assert.Matches(@"line \d+, column \d+", error.Message);
    }

    [Fact]
    public void Load_MissingFile_NamesPathAndSetting()
    {
        var path = Path.Combine(Path.GetTempPath(), $"odp-missing-{Guid.NewGuid():N}.yaml");

        var error = Assert.Throws<FileNotFoundException>(() => DirectoryFile.Load(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("--directory FILE", error.Message);
        Assert.Contains("Odp:Directory:File", error.Message);
    }
}
