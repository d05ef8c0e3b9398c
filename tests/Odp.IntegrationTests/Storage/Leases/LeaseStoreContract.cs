using Odp.Engine.Storage.Leases;

namespace Odp.IntegrationTests.Storage.Leases;

/// <summary>What every <see cref="ILeaseStore"/> does, run on each implementation (LiteDB, PostgreSQL).</summary>
public abstract class LeaseStoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Ttl = TimeSpan.FromSeconds(30);

    /// <summary>The store under test; every call in one test opens the same store.</summary>
    protected abstract Task<ILeaseStore> NewStoreAsync();

    [Fact]
    public async Task TryAcquireAsync_FreeLease_TakenUntilItsExpiry()
    {
        var leases = await NewStoreAsync();

        Assert.True(await leases.TryAcquireAsync("expiry-sweep", "replica-1", Start, Ttl, None));

        Assert.Equal("replica-1", await leases.HolderAsync("expiry-sweep", Start, None));
        Assert.Equal("replica-1", await leases.HolderAsync("expiry-sweep", Start + Ttl - TimeSpan.FromSeconds(1), None));
        Assert.Null(await leases.HolderAsync("expiry-sweep", Start + Ttl, None));
        Assert.Null(await leases.HolderAsync("drift-check", Start, None));
    }

    [Fact]
    public async Task TryAcquireAsync_HolderBeforeExpiry_RenewedFromNow()
    {
        var leases = await NewStoreAsync();
        await leases.TryAcquireAsync("expiry-sweep", "replica-1", Start, Ttl, None);

        Assert.True(await leases.TryAcquireAsync("expiry-sweep", "replica-1", Start.AddSeconds(20), Ttl, None));

        Assert.Equal("replica-1", await leases.HolderAsync("expiry-sweep", Start.AddSeconds(49), None));
        Assert.False(await leases.TryAcquireAsync("expiry-sweep", "replica-2", Start.AddSeconds(49), Ttl, None));
        Assert.Null(await leases.HolderAsync("expiry-sweep", Start.AddSeconds(50), None));
    }

    [Fact]
    public async Task TryAcquireAsync_AnotherHolderBeforeExpiry_RefusedAndTheHolderKept()
    {
        var leases = await NewStoreAsync();
        await leases.TryAcquireAsync("expiry-sweep", "replica-1", Start, Ttl, None);

        Assert.False(await leases.TryAcquireAsync("expiry-sweep", "replica-2", Start.AddSeconds(29), Ttl, None));

        Assert.Equal("replica-1", await leases.HolderAsync("expiry-sweep", Start.AddSeconds(29), None));
        Assert.Null(await leases.HolderAsync("expiry-sweep", Start + Ttl, None));
    }

    [Fact]
    public async Task TryAcquireAsync_AnotherHolderFromTheExpiry_TakenOver()
    {
        var leases = await NewStoreAsync();
        await leases.TryAcquireAsync("expiry-sweep", "replica-1", Start, Ttl, None);

        Assert.True(await leases.TryAcquireAsync("expiry-sweep", "replica-2", Start + Ttl, Ttl, None));

        Assert.Equal("replica-2", await leases.HolderAsync("expiry-sweep", Start + Ttl, None));
        Assert.False(await leases.TryAcquireAsync("expiry-sweep", "replica-1", Start + Ttl + TimeSpan.FromSeconds(1), Ttl, None));
    }

    [Fact]
    public async Task TryAcquireAsync_TwentyReplicasAtOnce_OneGetsIt()
    {
        var leases = await NewStoreAsync();

        var acquired = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Task.Run(() => leases.TryAcquireAsync("expiry-sweep", $"replica-{i}", Start, Ttl, None))));

        var winner = Assert.Single(Enumerable.Range(0, 20), i => acquired[i]);
        Assert.Equal($"replica-{winner}", await leases.HolderAsync("expiry-sweep", Start, None));
    }

    [Fact]
    public async Task ReleaseAsync_ByTheHolder_FreeForAnother()
    {
        var leases = await NewStoreAsync();
        await leases.TryAcquireAsync("expiry-sweep", "replica-1", Start, Ttl, None);

        await leases.ReleaseAsync("expiry-sweep", "replica-1", None);

        Assert.Null(await leases.HolderAsync("expiry-sweep", Start, None));
        Assert.True(await leases.TryAcquireAsync("expiry-sweep", "replica-2", Start.AddSeconds(1), Ttl, None));
    }

    [Fact]
    public async Task ReleaseAsync_ByAnotherHolder_DoesNothing()
    {
        var leases = await NewStoreAsync();
        await leases.TryAcquireAsync("expiry-sweep", "replica-1", Start, Ttl, None);

        await leases.ReleaseAsync("expiry-sweep", "replica-2", None);
        await leases.ReleaseAsync("drift-check", "replica-1", None);

        Assert.Equal("replica-1", await leases.HolderAsync("expiry-sweep", Start, None));
        Assert.False(await leases.TryAcquireAsync("expiry-sweep", "replica-2", Start.AddSeconds(1), Ttl, None));
    }
}
