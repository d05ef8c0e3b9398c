using Odp.Engine.Catalog;
using Odp.Engine.Directory;
using Odp.Engine.Tests.Fakes;

namespace Odp.Engine.Tests.Directory;

public sealed class DemoDirectoryTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static readonly YamlDirectory Demo = YamlDirectory.Load(RepoPaths.DemoDirectory);

    [Fact]
    public async Task ListUsersAsync_DemoDirectory_StartsWithAlice()
    {
        var users = await Demo.ListUsersAsync(None);

        Assert.InRange(users.Count, 6, 12);
        Assert.Equal("alice", users[0].Id);
        Assert.Equal("Alice Analyst", users[0].Name);
        Assert.Equal(["analysts"], users[0].Groups);
    }

    [Theory]
    [InlineData("bob", new[] { "sales-owners" })]
    [InlineData("carol", new[] { "marketing-owners", "analysts" })]
    [InlineData("dave", new[] { "finance-owners" })]
    [InlineData("erin", new[] { "data-science", "analysts" })]
    public async Task FindUserAsync_DemoPeople_HaveTheirGroups(string id, string[] groups)
    {
        var user = await Demo.FindUserAsync(id, None);

        Assert.NotNull(user);
        Assert.Equal(groups, user.Groups);
    }

    [Fact]
    public async Task ResolveWithReportAsync_EveryDemoOwner_ResolvesToAMember()
    {
        var catalog = CatalogFile.Load(RepoPaths.DemoCatalog);
        var resolver = new OwnerResolver(Demo);
        var owners = catalog.Datasets.SelectMany(d => d.Owners).Distinct().ToList();

        var result = await resolver.ResolveWithReportAsync(owners, None);

        Assert.Empty(result.Unresolved);
        foreach (var owner in owners.Where(o => o.StartsWith("group:", StringComparison.Ordinal)))
        {
            Assert.NotEmpty(await resolver.ResolveAsync([owner], None));
        }
    }

    [Fact]
    public async Task IsOwnerAsync_BobOnDemoOrders_IsSelfApproval()
    {
        var catalog = FileCatalog.Load(RepoPaths.DemoCatalog);
        var orders = await catalog.GetAsync("lake.sales.orders", None);
        var resolver = new OwnerResolver(Demo);

        Assert.NotNull(orders);
        Assert.True(await resolver.IsOwnerAsync("bob", orders.Owners, None));
        Assert.False(await resolver.IsOwnerAsync("alice", orders.Owners, None));
    }
}
