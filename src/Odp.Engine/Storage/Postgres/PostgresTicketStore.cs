using Npgsql;
using NpgsqlTypes;
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

        await using var insert = new NpgsqlCommand("""
            INSERT INTO tickets (id, number, version, state, user_key, dataset_key, workspace_key, document)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            """, connection, transaction);
        insert.Parameters.Add(new NpgsqlParameter { Value = data.Id });
        insert.Parameters.Add(new NpgsqlParameter { Value = TicketIds.Number(data.Id) });
        insert.Parameters.Add(new NpgsqlParameter { Value = data.Version });
        AddRow(insert, data);
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

    private static async Task AddOwedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Ticket ticket, CancellationToken cancellationToken)
    {
        if (ticket.Owed.Count == 0) return;
        var dueAt = ticket.Data.Events[^1].At.ToUniversalTime();
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var work in ticket.Owed)
        {
            var insert = new NpgsqlBatchCommand("INSERT INTO outbox (ticket_id, kind, event, due_at) VALUES ($1, $2, $3, $4)");
            insert.Parameters.Add(new NpgsqlParameter { Value = ticket.Id });
            insert.Parameters.Add(new NpgsqlParameter { Value = work.Kind.ToString() });
            insert.Parameters.Add(new NpgsqlParameter { Value = work.Event });
            insert.Parameters.Add(new NpgsqlParameter { Value = dueAt });
            batch.BatchCommands.Add(insert);
        }
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private static Ticket Read(NpgsqlDataReader reader) => Ticket.Restore(TicketJson.FromJson(reader.GetString(0), reader.GetInt32(1)));
}
