using Microsoft.Extensions.Time.Testing;
using Odp.Engine.Directory;

namespace Odp.IntegrationTests.Ldap;

[Collection(SlapdCollection.Name)]
public sealed class LdapCachingTests(SlapdFixture slapd)
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task IsOwnerAsync_UserRemovedFromOwnerGroup_StillOwnerUntilTheTtlThenNot()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        using var directory = slapd.NewDirectory(time, o => o.CacheTtl = "5m");
        var resolver = new OwnerResolver(directory);
        string[] owners = ["group:audit-owners"];
        Assert.True(await resolver.IsOwnerAsync("frank", owners, Ct));
        Assert.Contains("frank", (await directory.GetGroupMembersAsync("audit-owners", Ct)).Select(u => u.Id));

        await slapd.ModifyAsync("""
            dn: cn=audit-owners,ou=groups,dc=odp,dc=test
            changetype: modify
            delete: member
            member: uid=frank,ou=people,dc=odp,dc=test

            """.Replace("            ", ""));

        time.Advance(TimeSpan.FromMinutes(4));
        Assert.True(await resolver.IsOwnerAsync("frank", owners, Ct));

        time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        Assert.False(await resolver.IsOwnerAsync("frank", owners, Ct));
        Assert.Equal(["judy"], (await directory.GetGroupMembersAsync("audit-owners", Ct)).Select(u => u.Id));
    }

    [Fact]
    public async Task Lookups_Many_ShareOneServiceConnection()
    {
        using var directory = slapd.NewDirectory(new FakeTimeProvider());
        string[] ids = ["alice", "bob", "judy", "carol", "dave", "erin", "frank", "nobody"];

        for (var round = 0; round < 5; round++)
        {
            await Task.WhenAll(ids.Select(id => directory.FindUserAsync(id, Ct)));
            await directory.GetGroupMembersAsync("sales-owners", Ct);
            await directory.FindUserByEmailAsync("bob@example.com", Ct);
        }

        Assert.Equal(1, directory.Binds);
    }

    [Fact]
    public async Task Lookups_AfterTheTtl_AskTheServerAgainOnTheSameConnection()
    {
        var time = new FakeTimeProvider();
        using var directory = slapd.NewDirectory(time, o => o.CacheTtl = "30s");
        var first = await directory.FindUserAsync("dave", Ct);

        time.Advance(TimeSpan.FromSeconds(31));
        var again = await directory.FindUserAsync("dave", Ct);

        Assert.Equal(first!.Id, again!.Id);
        Assert.NotSame(first, again);
        Assert.Equal(1, directory.Binds);
    }

    [Fact]
    public async Task Lookups_ManyLongDistinctIds_KeepEachUnderABoundedKey()
    {
        using var directory = slapd.NewDirectory(new FakeTimeProvider());
        await directory.FindUserAsync("bob", Ct);
        var (held, bytes) = (directory.Cache.Count, directory.Cache.Bytes);

        for (var i = 0; i < 200; i++) Assert.Null(await directory.FindUserAsync($"nobody{i}-" + new string('x', 10_000), Ct));

        Assert.Equal(held + 200, directory.Cache.Count);
        Assert.InRange(directory.Cache.Bytes - bytes, 1, 200 * (Odp.Engine.Budget.BoundedTable<int>.EntryOverhead + 2 * 64));
    }
}
