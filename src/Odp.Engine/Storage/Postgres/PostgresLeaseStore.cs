using Npgsql;
using Odp.Engine.Storage.Leases;

namespace Odp.Engine.Storage.Postgres;

/// <summary>
/// <see cref="ILeaseStore"/> in the PostgreSQL table <c>leases</c> (migration 0001), shared by replicas. Taking or
/// renewing is one statement, so two replicas racing for a lease never both get it. Times are the caller's, never the
/// database's clock, kept to the microsecond.
/// </summary>
public sealed class PostgresLeaseStore(NpgsqlDataSource database) : ILeaseStore
{
    public async Task<bool> TryAcquireAsync(string name, string holder, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("""
            INSERT INTO leases (name, holder, expires_at) VALUES ($1, $2, $3)
            ON CONFLICT (name) DO UPDATE SET holder = EXCLUDED.holder, expires_at = EXCLUDED.expires_at
            WHERE leases.holder = EXCLUDED.holder OR leases.expires_at <= $4
            RETURNING holder
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        command.Parameters.Add(new NpgsqlParameter { Value = holder });
        command.Parameters.Add(new NpgsqlParameter { Value = (now + duration).ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter { Value = now.ToUniversalTime() });
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public async Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("DELETE FROM leases WHERE name = $1 AND holder = $2");
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        command.Parameters.Add(new NpgsqlParameter { Value = holder });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<string?> HolderAsync(string name, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("SELECT holder FROM leases WHERE name = $1 AND expires_at > $2");
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        command.Parameters.Add(new NpgsqlParameter { Value = now.ToUniversalTime() });
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }
}
