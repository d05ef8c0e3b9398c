using Npgsql;
using Odp.Engine.Budget;
using Odp.Engine.Storage.Deliveries;

namespace Odp.Engine.Storage.Postgres;

/// <summary>
/// <see cref="IDeliveryLog"/> in PostgreSQL (table <c>deliveries</c>, migration 0006), shared by replicas: a retry
/// that another replica receives is a <see cref="DeliveryVerdict.Repeat"/> there. Each admission is one transaction
/// under a transaction-scoped advisory lock, so admissions on all replicas take turns and the cap is exact: it deletes
/// the rows whose forget-at has passed on the injected clock, then adds the key (<c>ON CONFLICT DO NOTHING</c>) only
/// when it is not there and fewer than <paramref name="capacity"/> rows are. The table never holds more than
/// <paramref name="capacity"/> rows of at most <see cref="BoundedTable{T}.MaxKeyLength"/> characters.
/// </summary>
public sealed class PostgresDeliveryLog(NpgsqlDataSource database, TimeProvider time, int capacity = IDeliveryLog.DefaultCapacity)
    : IDeliveryLog
{
    /// <summary>The advisory lock key an admitting replica holds ("ODPdeliv" as 64 bits).</summary>
    private const long LockKey = 0x4F445064_656C6976;

    // One statement, so both reads and the insert see the same rows (all committed ones: it runs after the lock).
    private const string Admit = """
        WITH mine AS (SELECT EXISTS (SELECT 1 FROM deliveries WHERE key = $1) AS seen),
        added AS (
            INSERT INTO deliveries (key, forget_at)
            SELECT $1, $2 WHERE NOT (SELECT seen FROM mine) AND (SELECT count(*) FROM deliveries) < $3
            ON CONFLICT (key) DO NOTHING
            RETURNING 1)
        SELECT CASE WHEN EXISTS (SELECT 1 FROM added) THEN 'first' WHEN (SELECT seen FROM mine) THEN 'repeat' ELSE 'full' END
        """;

    public int Capacity => capacity;

    public async Task<DeliveryVerdict> AdmitAsync(string key, DateTimeOffset forgetAt, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUniversalTime();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var sweep = new NpgsqlBatch(connection, transaction))
        {
            sweep.BatchCommands.Add(new NpgsqlBatchCommand($"SELECT pg_advisory_xact_lock({LockKey})"));
            var forget = new NpgsqlBatchCommand("DELETE FROM deliveries WHERE forget_at <= $1");
            forget.Parameters.Add(new NpgsqlParameter { Value = now });
            sweep.BatchCommands.Add(forget);
            await sweep.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var admit = new NpgsqlCommand(Admit, connection, transaction);
        admit.Parameters.Add(new NpgsqlParameter { Value = BoundedTable<bool>.KeyOf(key) });
        admit.Parameters.Add(new NpgsqlParameter { Value = forgetAt.ToUniversalTime() });
        admit.Parameters.Add(new NpgsqlParameter { Value = (long)capacity });
        var verdict = (string?)await admit.ExecuteScalarAsync(cancellationToken) switch
        {
            "first" => DeliveryVerdict.First,
            "repeat" => DeliveryVerdict.Repeat,
            _ => DeliveryVerdict.Full,
        };
        await transaction.CommitAsync(cancellationToken);
        return verdict;
    }
}
