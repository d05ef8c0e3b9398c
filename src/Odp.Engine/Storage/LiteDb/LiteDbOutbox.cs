using LiteDB;
using Odp.Engine.Outbox;

namespace Odp.Engine.Storage.LiteDb;

/// <summary>
/// <see cref="IOutbox"/> in the LiteDB collection <c>outbox</c>, numbered in the order items were owed. Items are
/// inserted by <see cref="LiteDbTicketStore"/> in the transaction that stores the ticket.
/// </summary>
public sealed class LiteDbOutbox(OdpDatabase database) : IOutbox
{
    private readonly ILiteCollection<BsonDocument> items = Collection(database.Database);

    internal static ILiteCollection<BsonDocument> Collection(ILiteDatabase db)
    {
        var outbox = db.GetCollection("outbox", BsonAutoId.Int64);
        outbox.EnsureIndex("ticket");
        LiteDbLegacyOwed.Adopt(db, outbox);
        return outbox;
    }

    internal static BsonDocument ToDocument(string ticketId, OwedWork work, DateTimeOffset dueAt) => new()
    {
        ["ticket"] = ticketId,
        ["kind"] = work.Kind.ToString(),
        ["event"] = work.Event,
        ["attempts"] = 0,
        ["dueAt"] = dueAt.UtcTicks,
        ["owedAt"] = dueAt.UtcTicks,
    };

    public Task<IReadOnlyList<string>> DueTicketsAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<string> due = [.. items.Query().Where(Query.LTE("dueAt", now.UtcTicks)).OrderBy("_id").ToEnumerable()
            .Select(d => d["ticket"].AsString).Distinct(StringComparer.Ordinal).Take(max)];
        return Task.FromResult(due);
    }

    public Task<IReadOnlyList<OwedItem>> OwedByAsync(string ticketId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<OwedItem> owed = [.. items.Find(Query.EQ("ticket", ticketId)).OrderBy(d => d["_id"].AsInt64).Select(FromDocument)];
        return Task.FromResult(owed);
    }

    public Task DoneAsync(long id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        items.Delete(id);
        return Task.CompletedTask;
    }

    public Task PostponeAsync(long id, int attempts, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (items.FindById(id) is { } item)
        {
            item["attempts"] = attempts;
            item["dueAt"] = dueAt.UtcTicks;
            items.Update(item);
        }
        return Task.CompletedTask;
    }

    public Task<int> CountAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(items.Count());
    }

    public Task<OutboxBacklog> BacklogAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var depth = items.Count();
        var first = depth == 0 ? null : items.Query().OrderBy("_id").Limit(1).ToEnumerable().FirstOrDefault();
        // Items owed before owedAt was kept have only their due time, which is when they were owed unless they failed.
        DateTimeOffset? oldest = first is null ? null
            : new DateTimeOffset(first.TryGetValue("owedAt", out var owed) && owed.IsInt64 ? owed.AsInt64 : first["dueAt"].AsInt64, TimeSpan.Zero);
        return Task.FromResult(new OutboxBacklog(depth, oldest));
    }

    private static OwedItem FromDocument(BsonDocument d) => new(
        d["_id"].AsInt64,
        d["ticket"].AsString,
        Enum.Parse<OwedKind>(d["kind"].AsString),
        d["event"].AsInt32,
        d["attempts"].AsInt32,
        new DateTimeOffset(d["dueAt"].AsInt64, TimeSpan.Zero));
}
