using Npgsql;
using Odp.Engine.Storage.Deliveries;
using Odp.Engine.Storage.Postgres;
using Odp.IntegrationTests.Storage.Postgres;

namespace Odp.IntegrationTests.Storage.Deliveries;

/// <summary>
/// The delivery log contract on a real PostgreSQL, a migrated database per test; each replica is a log over a data
/// source (a connection pool) of its own, as separate processes would be.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresDeliveryLogTests(PostgresFixture postgres) : DeliveryLogContract, IAsyncLifetime
{
    private readonly PostgresScratch scratch = new(postgres);
    private readonly List<NpgsqlDataSource> others = [];

    protected override async Task<IReadOnlyList<IDeliveryLog>> NewLogsAsync(int capacity, int replicas)
    {
        var database = await scratch.OpenAsync();
        var logs = new List<IDeliveryLog> { new PostgresDeliveryLog(database, Time, capacity) };
        while (logs.Count < replicas)
        {
            var other = NpgsqlDataSource.Create(database.ConnectionString);
            others.Add(other);
            logs.Add(new PostgresDeliveryLog(other, Time, capacity));
        }

        return logs;
    }

    [Fact]
    public async Task AdmitAsync_ManyForgotten_TheirRowsAreDeleted()
    {
        var database = await scratch.OpenAsync();
        var log = new PostgresDeliveryLog(database, Time);
        for (var i = 0; i < 20; i++) await log.AdmitAsync($"socket:e{i}", Time.GetUtcNow().AddMinutes(1), CancellationToken.None);
        Time.Advance(TimeSpan.FromMinutes(1));

        await log.AdmitAsync("socket:later", Time.GetUtcNow().AddMinutes(1), CancellationToken.None);

        await using var rows = database.CreateCommand("SELECT string_agg(key, ',') FROM deliveries");
        Assert.Equal("socket:later", await rows.ExecuteScalarAsync());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var other in others) await other.DisposeAsync();
        await scratch.DisposeAsync();
    }
}
