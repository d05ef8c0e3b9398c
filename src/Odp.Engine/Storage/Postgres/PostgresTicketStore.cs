using Npgsql;
using NpgsqlTypes;
using Odp.Engine.Outbox;
using Odp.Engine.Tickets;

namespace Odp.Engine.Storage.Postgres;

/// <summary>
/// <see cref="ITicketStore"/> in PostgreSQL (tables <c>tickets</c>, <c>counters</c> and <c>outbox</c>, migration 0005),
/// shared by replicas. Ids come from the <c>tickets</c> counter, taken in the transaction that inserts the ticket, so
/// they have no gaps and no replica hands one out twice. A save is a compare-and-swap on the version: a ticket someone
/// saved first throws <see cref="ConcurrentTicketUpdateException"/> and stores nothing. The work a change owes goes
/// into <c>outbox</c> in the same transaction, due at the change's last event.
/// </summary>
public sealed class PostgresTicketStore(NpgsqlDataSource database) : ITicketStore
{
    private const string Columns = "document, version";

    private const string Insert = """
        INSERT INTO tickets (id, number, version, state, user_key, dataset_key, workspace_key, document)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
        """;

    /// <summary>Raises the <c>tickets</c> counter (the number of the last id handed out) to $1; never lowers it.</summary>
    private const string RaiseCounter = """
        INSERT INTO counters (name, value) VALUES ('tickets', $1)
        ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value WHERE counters.value < EXCLUDED.value
        """;

    public async Task<Ticket> CreateAsync(Func<string, Ticket> open, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var next = new NpgsqlCommand("""
            INSERT INTO counters (name, value) VALUES ('tickets', 1)
            ON CONFLICT (name) DO UPDATE SET value = counters.value + 1
            RETURNING value
            """, connection, transaction);
        var number = (long)(await next.ExecuteScalarAsync(cancellationToken))!;
        var ticket = open(TicketIds.Format(number));
        var data = ticket.Data with { Version = 1 };

        await using var insert = InsertCommand(Insert, data, connection, transaction);
        await insert.ExecuteNonQueryAsync(cancellationToken);

        await AddOwedAsync(connection, transaction, ticket, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        ticket.MarkSaved(data.Version);
        return ticket;
    }

    public async Task<Ticket?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (!TicketIds.TryNormalize(id, out var normal)) return null;
        await using var command = database.CreateCommand($"SELECT {Columns} FROM tickets WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = normal });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public async Task SaveAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        var next = ticket.Data with { Version = ticket.Data.Version + 1 };
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var update = new NpgsqlCommand("""
            UPDATE tickets SET version = $1, state = $2, user_key = $3, dataset_key = $4, workspace_key = $5, document = $6
            WHERE id = $7 AND version = $8
            """, connection, transaction);
        update.Parameters.Add(new NpgsqlParameter { Value = next.Version });
        AddRow(update, next);
        update.Parameters.Add(new NpgsqlParameter { Value = ticket.Id });
        update.Parameters.Add(new NpgsqlParameter { Value = ticket.Data.Version });
        if (await update.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            await using var exists = new NpgsqlCommand("SELECT 1 FROM tickets WHERE id = $1", connection, transaction);
            exists.Parameters.Add(new NpgsqlParameter { Value = ticket.Id });
            throw await exists.ExecuteScalarAsync(cancellationToken) is null
                ? new InvalidOperationException($"{ticket.Id} was never created.")
                : new ConcurrentTicketUpdateException(ticket.Id);
        }

        await AddOwedAsync(connection, transaction, ticket, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        ticket.MarkSaved(next.Version);
    }

    public async Task<IReadOnlyList<Ticket>> QueryAsync(TicketQuery query, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand();
        var conditions = new List<string>();
        void Filter(Func<int, string> condition, NpgsqlParameter value)
        {
            command.Parameters.Add(value);
            conditions.Add(condition(command.Parameters.Count));
        }

        if (query.States is { Count: > 0 } states)
            Filter(n => $"state = ANY(${n})", new NpgsqlParameter { Value = states.Select(s => s.ToString()).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        if (query.User is { } user) Filter(n => $"user_key = ${n}", Key(user));
        if (query.Dataset is { } dataset) Filter(n => $"dataset_key = ${n}", Key(dataset));
        if (query.Workspace is { } workspace) Filter(n => $"workspace_key = ${n}", Key(workspace));
        var where = conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions);
        command.CommandText = $"SELECT {Columns} FROM tickets{where} ORDER BY number";

        var found = new List<Ticket>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) found.Add(Read(reader));
        return found;
    }

    public async Task<IReadOnlyDictionary<TicketState, int>> CountByStateAsync(CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("SELECT state, count(*)::integer FROM tickets GROUP BY state");
        var counts = new Dictionary<TicketState, int>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (Enum.TryParse<TicketState>(reader.GetString(0), out var state)) counts[state] = reader.GetInt32(1);
        }
        return counts;
    }

    /// <summary>
    /// Stores a ticket copied from another store exactly as it is there (id, version, every field), with the items it
    /// owes (kind, event, attempts and due time, in their order), and raises the <c>tickets</c> counter to at least its
    /// number — all in one transaction. A ticket of that id already here is left as it is and answered; null when
    /// <paramref name="data"/> was stored.
    /// </summary>
    internal async Task<TicketData?> ImportAsync(TicketData data, IReadOnlyList<OwedItem> owed, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = InsertCommand(Insert + " ON CONFLICT DO NOTHING", data, connection, transaction);
        if (await insert.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            await using var stored = new NpgsqlCommand($"SELECT {Columns} FROM tickets WHERE id = $1", connection, transaction);
            stored.Parameters.Add(new NpgsqlParameter { Value = data.Id });
            await using var reader = await stored.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            return Read(reader).Data;
        }

        await AddOwedAsync(connection, transaction, [.. owed.Select(o => o with { TicketId = data.Id })], cancellationToken);
        await using var raise = new NpgsqlCommand(RaiseCounter, connection, transaction);
        raise.Parameters.Add(new NpgsqlParameter { Value = TicketIds.Number(data.Id) });
        await raise.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    /// <summary>Raises the <c>tickets</c> counter to at least <paramref name="lastNumber"/>, so new ids come after it; never lowers it.</summary>
    internal async Task RaiseCounterAsync(long lastNumber, CancellationToken cancellationToken)
    {
        if (lastNumber <= 0) return;
        await using var raise = database.CreateCommand(RaiseCounter);
        raise.Parameters.Add(new NpgsqlParameter { Value = lastNumber });
        await raise.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Adds the state, the lower-cased user, dataset and workspace, and the document, in that order.</summary>
    private static void AddRow(NpgsqlCommand command, TicketData data)
    {
        command.Parameters.Add(new NpgsqlParameter { Value = data.State.ToString() });
        command.Parameters.Add(Key(data.User));
        command.Parameters.Add(Key(data.Dataset));
        command.Parameters.Add(Key(data.Workspace));
        command.Parameters.Add(new NpgsqlParameter { Value = TicketJson.ToJson(data), NpgsqlDbType = NpgsqlDbType.Jsonb });
    }

    /// <summary>Queries ignore case: the columns hold, and filters compare, the lower-cased text.</summary>
    private static NpgsqlParameter Key(string text) => new() { Value = text.ToLowerInvariant(), NpgsqlDbType = NpgsqlDbType.Text };

    private static NpgsqlCommand InsertCommand(string sql, TicketData data, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var insert = new NpgsqlCommand(sql, connection, transaction);
        insert.Parameters.Add(new NpgsqlParameter { Value = data.Id });
        insert.Parameters.Add(new NpgsqlParameter { Value = TicketIds.Number(data.Id) });
        insert.Parameters.Add(new NpgsqlParameter { Value = data.Version });
        AddRow(insert, data);
        return insert;
    }

    private static Task AddOwedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Ticket ticket, CancellationToken cancellationToken) =>
        AddOwedAsync(connection, transaction,
            [.. ticket.Owed.Select(w => new OwedItem(0, ticket.Id, w.Kind, w.Event, 0, ticket.Data.Events[^1].At))], cancellationToken);

    /// <summary>Adds <paramref name="items"/> to the outbox in their order (their ids are the outbox's own).</summary>
    private static async Task AddOwedAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<OwedItem> items, CancellationToken cancellationToken)
    {
        if (items.Count == 0) return;
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var item in items)
        {
            var insert = new NpgsqlBatchCommand("INSERT INTO outbox (ticket_id, kind, event, attempts, due_at, owed_at) VALUES ($1, $2, $3, $4, $5, $5)");
            insert.Parameters.Add(new NpgsqlParameter { Value = item.TicketId });
            insert.Parameters.Add(new NpgsqlParameter { Value = item.Kind.ToString() });
            insert.Parameters.Add(new NpgsqlParameter { Value = item.Event });
            insert.Parameters.Add(new NpgsqlParameter { Value = item.Attempts });
            insert.Parameters.Add(new NpgsqlParameter { Value = item.DueAt.ToUniversalTime() });
            batch.BatchCommands.Add(insert);
        }
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private static Ticket Read(NpgsqlDataReader reader) => Ticket.Restore(TicketJson.FromJson(reader.GetString(0), reader.GetInt32(1)));
}
