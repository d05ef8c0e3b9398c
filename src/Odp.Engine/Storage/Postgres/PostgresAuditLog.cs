using Npgsql;
using Odp.Engine.Storage.Audit;

namespace Odp.Engine.Storage.Postgres;

/// <summary><see cref="IAuditLog"/> in PostgreSQL (table <c>audit</c>, migration 0003), shared by replicas.</summary>
public sealed class PostgresAuditLog(NpgsqlDataSource database) : IAuditLog
{
    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var command = Command("INSERT INTO audit (at, what, before, after) VALUES ($1, $2, $3, $4)", entry);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Records an entry copied from another store as the <paramref name="occurrence"/>-th (from 1) of its identical
    /// entries there, unless this log holds that many already: false then. Copying a log again adds nothing.
    /// </summary>
    internal async Task<bool> ImportAsync(AuditEntry entry, int occurrence, CancellationToken cancellationToken)
    {
        await using var command = Command("""
            INSERT INTO audit (at, what, before, after) SELECT $1, $2, $3, $4
            WHERE (SELECT count(*) FROM audit WHERE at = $1 AND what = $2 AND before = $3 AND after = $4) < $5
            """, entry);
        command.Parameters.Add(new NpgsqlParameter { Value = (long)occurrence });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<IReadOnlyList<AuditEntry>> LatestAsync(int count, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("SELECT at, what, before, after FROM audit ORDER BY id DESC LIMIT $1");
        command.Parameters.Add(new NpgsqlParameter { Value = Math.Max(0, count) });
        var entries = new List<AuditEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            entries.Add(new AuditEntry(reader.GetFieldValue<DateTimeOffset>(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        entries.Reverse();
        return entries;
    }

    private NpgsqlCommand Command(string sql, AuditEntry entry)
    {
        var command = database.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = entry.At.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter { Value = entry.What });
        command.Parameters.Add(new NpgsqlParameter { Value = entry.Before });
        command.Parameters.Add(new NpgsqlParameter { Value = entry.After });
        return command;
    }
}
