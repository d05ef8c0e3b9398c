using Npgsql;
using Odp.Engine.Outbox;

namespace Odp.Engine.Storage.Postgres;

/// <summary>
/// <see cref="IOutbox"/> in the PostgreSQL table <c>outbox</c> (migration 0005), numbered in the order items were owed.
/// Items are inserted by <see cref="PostgresTicketStore"/> in the transaction that stores the ticket, with the time
/// they were owed (<c>owed_at</c>, migration 0007). Due times are kept to the microsecond (PostgreSQL's precision).
/// </summary>
public sealed class PostgresOutbox(NpgsqlDataSource database) : IOutbox
{
    public async Task<IReadOnlyList<string>> DueTicketsAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            "SELECT ticket_id FROM outbox WHERE due_at <= $1 GROUP BY ticket_id ORDER BY min(id) LIMIT $2");
        command.Parameters.Add(new NpgsqlParameter { Value = now.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter { Value = Math.Max(0, max) });
        var due = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) due.Add(reader.GetString(0));
        return due;
    }

    public async Task<IReadOnlyList<OwedItem>> OwedByAsync(string ticketId, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            "SELECT id, ticket_id, kind, event, attempts, due_at FROM outbox WHERE ticket_id = $1 ORDER BY id");
        command.Parameters.Add(new NpgsqlParameter { Value = ticketId });
        var owed = new List<OwedItem>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            owed.Add(new OwedItem(
                reader.GetInt64(0),
                reader.GetString(1),
                Enum.Parse<OwedKind>(reader.GetString(2)),
                reader.GetInt32(3),
                reader.GetInt32(4),
                reader.GetFieldValue<DateTimeOffset>(5)));
        }
        return owed;
    }

    public async Task DoneAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("DELETE FROM outbox WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task PostponeAsync(long id, int attempts, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("UPDATE outbox SET attempts = $2, due_at = $3 WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = attempts });
        command.Parameters.Add(new NpgsqlParameter { Value = dueAt.ToUniversalTime() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("SELECT count(*)::integer FROM outbox");
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<OutboxBacklog> BacklogAsync(CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            "SELECT (SELECT count(*)::integer FROM outbox), (SELECT owed_at FROM outbox ORDER BY id LIMIT 1)");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new OutboxBacklog(reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1));
    }
}
