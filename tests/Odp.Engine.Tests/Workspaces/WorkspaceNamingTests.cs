using Odp.Engine.Storage.LiteDb;
using Odp.Engine.Hosting;
using Odp.Engine.Storage;
using Odp.Engine.Tests.Integrations.Trino;
using Odp.Engine.Workspaces;

namespace Odp.Engine.Tests.Workspaces;

/// <summary>
/// Groups whose ids give the same name (case, punctuation) each get a workspace of their own: the first keeps the
/// name, the others get it with a short hash of their group id; decided once, stored, and the same after a restart.
/// </summary>
public sealed class WorkspaceNamingTests : IDisposable
{
    private static readonly string[] Variants = ["data-science", "Data.Science", "DATA SCIENCE", "data_science"];

    private readonly TempDirectory data = new();
    private OdpDatabase database;

    public WorkspaceNamingTests() => database = Open();

    public void Dispose()
    {
        database.Dispose();
        data.Dispose();
    }

    [Fact]
    public async Task NameOfAsync_CaseAndPunctuationVariants_FirstKeepsTheNameOthersGetDistinctValidNames()
    {
        var naming = Naming();
        var names = new List<string>();
        foreach (var group in Variants) names.Add(await naming.NameOfAsync(group, CancellationToken.None));

        Assert.Equal("data-science", names[0]);
        Assert.Equal(Variants.Length, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names.Skip(1), n => Assert.Matches("^data-science-[0-9a-f]{6}$", n));
        Assert.All(names, n => Assert.True(WorkspaceNames.IsValid(n)));
    }

    [Fact]
    public async Task NameOfAsync_AfterRestart_EachGroupKeepsItsName()
    {
        var before = new List<string>();
        foreach (var group in Variants.Reverse()) before.Add(await Naming().NameOfAsync(group, CancellationToken.None));

        database.Dispose();
        database = Open();
        var naming = Naming();
        var after = new List<string>();
        foreach (var group in Variants) after.Add(await naming.NameOfAsync(group, CancellationToken.None));

        Assert.Equal("data-science", before[0]);
        Assert.Equal(before, after.AsEnumerable().Reverse());
        Assert.Equal(await naming.NameOfAsync("data.science", CancellationToken.None), await naming.NameOfAsync("Data.Science", CancellationToken.None));
    }

    [Fact]
    public async Task NameOfAsync_CollidingGroupsAtTheSameTime_GetDistinctNamesAndEachGroupOne()
    {
        var naming = Naming();
        using var start = new ManualResetEventSlim();
        var claims = Variants.SelectMany(g => Enumerable.Repeat(g, 4))
            .Select(group => Task.Run(async () =>
            {
                start.Wait();
                return (Group: group, Name: await naming.NameOfAsync(group, CancellationToken.None));
            }))
            .ToList();

        start.Set();
        var results = await Task.WhenAll(claims);

        var byGroup = results.GroupBy(r => r.Group).ToDictionary(g => g.Key, g => g.Select(r => r.Name).Distinct().ToList());
        Assert.All(byGroup.Values, names => Assert.Single(names));
        Assert.Equal(Variants.Length, byGroup.Values.Select(n => n[0]).Distinct().Count());
        Assert.Contains("data-science", byGroup.Values.Select(n => n[0]));
    }

    [Fact]
    public async Task NameOfAsync_GroupNamedLikeAnotherGroupsSuffixedName_GetsOneOfItsOwn()
    {
        var naming = Naming();
        await naming.NameOfAsync("data-science", CancellationToken.None);
        var suffixed = await naming.NameOfAsync("Data.Science", CancellationToken.None);

        var lookalike = await naming.NameOfAsync(suffixed, CancellationToken.None);

        Assert.NotEqual(suffixed, lookalike);
        Assert.StartsWith(suffixed + "-", lookalike, StringComparison.Ordinal);
        Assert.True(WorkspaceNames.IsValid(lookalike));
    }

    [Fact]
    public async Task NameOfAsync_LongCollidingGroups_SuffixedNameStillFitsTheNamespace()
    {
        var naming = Naming();
        var a = await naming.NameOfAsync(new string('a', 80), CancellationToken.None);

        var b = await naming.NameOfAsync(new string('A', 79) + ".a", CancellationToken.None);

        Assert.Equal(WorkspaceNames.MaxLength, a.Length);
        Assert.NotEqual(a, b);
        Assert.True(WorkspaceNames.IsValid(b), b);
        Assert.True(WorkspaceNames.NamespaceFor(b).Length <= 63);
    }

    [Fact]
    public async Task NameOfAsync_WorkspacesStoredBeforeNamesWereClaimed_OldestKeepsItsNameTheOtherMoves()
    {
        var store = new LiteDbWorkspaceStore(database);
        var t0 = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        await store.SaveAsync(Record("Data.Science", "data-science", t0.AddDays(1)), CancellationToken.None);
        await store.SaveAsync(Record("data-science", "data-science", t0), CancellationToken.None);
        database.Database.GetCollection("workspaceNames").DeleteAll();

        database.Dispose();
        database = Open();
        var naming = Naming();

        Assert.Equal("data-science", await naming.NameOfAsync("data-science", CancellationToken.None));
        Assert.Matches("^data-science-[0-9a-f]{6}$", await naming.NameOfAsync("Data.Science", CancellationToken.None));
    }

    private OdpDatabase Open() => new(new DataDirectory(data.Path));

    private WorkspaceNaming Naming() => new(new LiteDbWorkspaceStore(database));

    private static WorkspaceRecord Record(string group, string name, DateTimeOffset created) =>
        new(group, name, "odp-" + name, "/w/" + name, new Dictionary<string, string>(), ["alice"], created, created, new Dictionary<string, string>());
}
