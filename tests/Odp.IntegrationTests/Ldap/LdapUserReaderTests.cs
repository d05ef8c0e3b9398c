using Microsoft.Extensions.Time.Testing;
using Odp.Engine.Directory;
using Odp.Engine.Errors;

namespace Odp.IntegrationTests.Ldap;

/// <summary>
/// The fresh lookups behind writes and sign-in, on the real OpenLDAP: they see a deletion, a lock or a group change at
/// once, while the cache's TTL is far from over, and they leave the cache agreeing with them.
/// </summary>
[Collection(SlapdCollection.Name)]
public sealed class LdapUserReaderTests(SlapdFixture slapd) : IAsyncLifetime
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => slapd.DeleteAddedPeopleAsync();

    [Fact]
    public async Task CheckUserAsync_DeletedUser_IsGoneAndTheCachedReadsForgetThem()
    {
        var uid = NewUid();
        await slapd.AddPersonAsync(uid, "marketing-owners");
        using var directory = slapd.NewDirectory(time);
        Assert.True((await directory.CheckUserAsync(uid, Ct)).CanAct);
        Assert.NotNull(await directory.FindUserByEmailAsync($"{uid}@example.com", Ct));

        await slapd.DeletePersonAsync(uid);
        Assert.NotNull(await directory.FindUserAsync(uid, Ct));
        var standing = await directory.CheckUserAsync(uid, Ct);

        Assert.Same(UserStanding.Gone, standing);
        Assert.Null(await directory.FindUserAsync(uid, Ct));
        Assert.Null(await directory.FindUserByEmailAsync($"{uid}@example.com", Ct));
    }

    [Fact]
    public async Task CheckUserAsync_OwnerTakenOutOfTheGroup_OwnershipEndsAtOnce()
    {
        var uid = NewUid();
        await slapd.AddPersonAsync(uid, "marketing-owners");
        using var directory = slapd.NewDirectory(time);
        var resolver = new OwnerResolver(directory);
        Assert.True(await resolver.IsOwnerAsync(uid, ["group:marketing-owners"], Ct));

        await slapd.ModifyAsync($"""
            dn: cn=marketing-owners,ou=groups,{SlapdFixture.BaseDn}
            changetype: modify
            delete: member
            member: uid={uid},ou=people,{SlapdFixture.BaseDn}

            """);
        Assert.True(await resolver.IsOwnerAsync(uid, ["group:marketing-owners"], Ct));
        var standing = await directory.CheckUserAsync(uid, Ct);

        Assert.True(standing.CanAct);
        Assert.DoesNotContain("marketing-owners", standing.User!.Groups);
        Assert.False(await resolver.IsOwnerAsync(uid, ["group:marketing-owners"], Ct));
    }

    [Fact]
    public async Task CheckUserAsync_LockedWithPwdAccountLockedTime_IsDisabledAndCantSignIn()
    {
        var uid = NewUid();
        var password = await slapd.AddPersonAsync(uid, "marketing-owners");
        using var directory = slapd.NewDirectory(time);
        Assert.Equal(uid, (await directory.AuthenticateAsync(uid, password, Ct))?.Id);

        await slapd.LockPersonAsync(uid);
        var standing = await directory.CheckUserAsync(uid, Ct);

        Assert.Equal(uid, standing.User?.Id);
        Assert.True(standing.Disabled);
        Assert.Null(await directory.AuthenticateAsync(uid, password, Ct));
        Assert.NotNull(await directory.FindUserAsync(uid, Ct));
    }

    [Fact]
    public async Task CheckUserAsync_OwnDisabledFilter_DecidesWhoIsDisabled()
    {
        var uid = NewUid();
        var password = await slapd.AddPersonAsync(uid, "marketing-owners");
        using var directory = slapd.NewDirectory(time, o => o.DisabledFilter = "(employeeType=disabled)");

        await slapd.ModifyAsync($"""
            dn: uid={uid},ou=people,{SlapdFixture.BaseDn}
            changetype: modify
            add: employeeType
            employeeType: disabled

            """);

        Assert.True((await directory.CheckUserAsync(uid, Ct)).Disabled);
        Assert.False((await directory.CheckUserAsync("bob", Ct)).Disabled);
        Assert.Null(await directory.AuthenticateAsync(uid, password, Ct));
    }

    [Fact]
    public async Task AuthenticateAsync_UnknownNames_LeaveNothingInTheCache()
    {
        using var directory = slapd.NewDirectory(time);
        await directory.FindUserAsync("bob", Ct);
        var held = directory.Cache.Count;

        for (var i = 0; i < 100; i++) Assert.Null(await directory.AuthenticateAsync($"nobody{i}-" + new string('x', 200), "guess", Ct));

        Assert.Equal(held, directory.Cache.Count);
    }

    [Theory]
    [InlineData(257, 5)]
    [InlineData(5, 1_025)]
    public async Task AuthenticateAsync_CredentialOverItsLimit_IsRefusedWithoutBinding(int usernameLength, int passwordLength)
    {
        using var directory = slapd.NewDirectory(time);

        var refused = await Assert.ThrowsAsync<InvalidRequestException>(
            () => directory.AuthenticateAsync(new string('b', usernameLength), new string('p', passwordLength), Ct));

        Assert.Contains("at most", refused.Message);
        Assert.Equal(0, directory.Binds);
    }

    private static string NewUid() => $"person-{Guid.NewGuid():N}"[..15];
}
