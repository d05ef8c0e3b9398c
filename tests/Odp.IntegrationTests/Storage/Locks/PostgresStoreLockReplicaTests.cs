using Npgsql;
using Odp.Engine.Storage.Postgres;
using Odp.IntegrationTests.Storage.Postgres;

namespace Odp.IntegrationTests.Storage.Locks;

/// <summary>
/// <see cref="PostgresStoreLock"/> across replicas: two data sources (two connection pools, as two processes have) on
/// one database. A lock a session takes twice is granted twice, so only another pool shows that nothing stays held.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreLockReplicaTests(PostgresFixture postgres) : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TimeSpan FailFast = TimeSpan.FromSeconds(10);
    private readonly PostgresScratch scratch = new(postgres);
    private NpgsqlDataSource first = null!;
    private NpgsqlDataSource second = null!;

    public async Task InitializeAsync()
    {
        first = await scratch.OpenAsync();
        second = NpgsqlDataSource.Create(first.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await second.DisposeAsync();
        await scratch.DisposeAsync();
    }

    [Fact]
    public async Task AcquireAsync_HeldByAnotherReplica_WaitsUntilItDisposes()
    {
        var held = await new PostgresStoreLock(first).AcquireAsync("trino-rules", None);

        var waiting = new PostgresStoreLock(second).AcquireAsync("trino-rules", None);
        await OtherWorkAsync(second);

        Assert.False(waiting.IsCompleted);
        await held.DisposeAsync();
        await (await waiting.WaitAsync(FailFast)).DisposeAsync();
        Assert.Equal(0, await AdvisoryLocksAsync());
    }

    [Fact]
    public async Task AcquireAsync_HolderSessionKilled_TheOtherReplicaGetsIt()
    {
        var held = await new PostgresStoreLock(first).AcquireAsync("trino-rules", None);
        var waiting = new PostgresStoreLock(second).AcquireAsync("trino-rules", None);
        await OtherWorkAsync(second);

        await using (var kill = second.CreateCommand(
            "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"))
        {
            await kill.ExecuteNonQueryAsync();
        }

        await (await waiting.WaitAsync(FailFast)).DisposeAsync();
        await held.DisposeAsync();
    }

    [Fact]
    public async Task AcquireAsync_CancelledWhileWaiting_LeavesNoLockOnThePooledConnection()
    {
        var locks = new PostgresStoreLock(first);
        var held = await locks.AcquireAsync("trino-rules", None);
        using var cancel = new CancellationTokenSource();
        var waiting = locks.AcquireAsync("trino-rules", cancel.Token);
        await OtherWorkAsync(first);

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(FailFast));
        await held.DisposeAsync();

        Assert.Equal(0, await AdvisoryLocksAsync());
        await (await new PostgresStoreLock(second).AcquireAsync("trino-rules", None).WaitAsync(FailFast)).DisposeAsync();
    }

    private async Task<long> AdvisoryLocksAsync()
    {
        await using var count = second.CreateCommand("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())");
        return (long)(await count.ExecuteScalarAsync())!;
    }

    /// <summary>Takes and gives back a few locks of other names, one after the other, so a waiter has had its chance.</summary>
    private static async Task OtherWorkAsync(NpgsqlDataSource database)
    {
        var locks = new PostgresStoreLock(database);
        for (var i = 0; i < 5; i++) await (await locks.AcquireAsync($"other-{i}", None).WaitAsync(FailFast)).DisposeAsync();
    }
}
