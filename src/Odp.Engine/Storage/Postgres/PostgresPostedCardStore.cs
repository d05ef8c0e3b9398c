using Npgsql;
using Odp.Engine.Storage.PostedCards;

namespace Odp.Engine.Storage.Postgres;

/// <summary><see cref="IPostedCardStore"/> in PostgreSQL (table <c>posted_cards</c>, migration 0002), shared by replicas.</summary>
public sealed class PostgresPostedCardStore(NpgsqlDataSource database) : IPostedCardStore
{
    public Task AddAsync(string ticketId, string kind, PostedCard card, CancellationToken cancellationToken) =>
        ImportAsync(ticketId, kind, card, cancellationToken);

    /// <summary>Remembers the card (as <see cref="AddAsync"/>); false when it was remembered already.</summary>
    internal async Task<bool> ImportAsync(string ticketId, string kind, PostedCard card, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("""
            INSERT INTO posted_cards (ticket_id, kind, platform, conversation, message) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (ticket_id, kind, platform, conversation, message) DO NOTHING
            """);
        foreach (var value in new[] { ticketId, kind, card.Platform, card.Conversation, card.Message })
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<IReadOnlyList<PostedCard>> FindAsync(string ticketId, string kind, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            "SELECT platform, conversation, message FROM posted_cards WHERE ticket_id = $1 AND kind = $2 ORDER BY id");
        command.Parameters.Add(new NpgsqlParameter { Value = ticketId });
        command.Parameters.Add(new NpgsqlParameter { Value = kind });
        var cards = new List<PostedCard>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) cards.Add(new PostedCard(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        return cards;
    }
}
