using LiteDB;
using Odp.Engine.Storage.PostedCards;

namespace Odp.Engine.Storage.LiteDb;

/// <summary><see cref="IPostedCardStore"/> in the data directory's LiteDB file (collection <c>posted_cards</c>).</summary>
public sealed class LiteDbPostedCardStore(OdpDatabase database) : IPostedCardStore
{
    private readonly ILiteCollection<BsonDocument> posted = Init(database.Database.GetCollection("posted_cards"));
    private readonly System.Threading.Lock addLock = new();

    public Task AddAsync(string ticketId, string kind, PostedCard card, CancellationToken cancellationToken)
    {
        lock (addLock)
        {
            if (!Find(ticketId, kind).Contains(card))
            {
                posted.Insert(new BsonDocument
                {
                    ["ticket"] = ticketId,
                    ["kind"] = kind,
                    ["platform"] = card.Platform,
                    ["conversation"] = card.Conversation,
                    ["message"] = card.Message,
                });
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<PostedCard>> FindAsync(string ticketId, string kind, CancellationToken cancellationToken) =>
        Task.FromResult(Find(ticketId, kind));

    /// <summary>Every card remembered, with its ticket and kind, in the order they were posted.</summary>
    internal IReadOnlyList<(string TicketId, string Kind, PostedCard Card)> All() =>
    [
        .. posted.FindAll().OrderBy(d => d["_id"].AsObjectId)
            .Select(d => (d["ticket"].AsString, d["kind"].AsString, Card(d))),
    ];

    private IReadOnlyList<PostedCard> Find(string ticketId, string kind) =>
    [
        .. posted.Find(Query.And(Query.EQ("ticket", ticketId), Query.EQ("kind", kind)))
            .OrderBy(d => d["_id"].AsObjectId)
            .Select(Card),
    ];

    private static PostedCard Card(BsonDocument d) => new(d["platform"].AsString, d["conversation"].AsString, d["message"].AsString);

    private static ILiteCollection<BsonDocument> Init(ILiteCollection<BsonDocument> collection)
    {
        collection.EnsureIndex("ticket");
        return collection;
    }
}
