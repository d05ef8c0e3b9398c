using LiteDB;
using Odp.Engine.Storage;

namespace Odp.Bot.Conversation.Notifications;

/// <summary>
/// Remembers which card was posted where for a ticket (e.g. each owner's approval card), so that a later change can
/// update every copy in place. Kept in the data directory's LiteDB file, so it survives restarts.
/// </summary>
public sealed class PostedCardStore(OdpDatabase database)
{
    private readonly ILiteCollection<BsonDocument> posted = Init(database.Database.GetCollection("posted_cards"));

    public void Add(string ticketId, string kind, MessageRef message) => posted.Insert(new BsonDocument
    {
        ["ticket"] = ticketId,
        ["kind"] = kind,
        ["platform"] = message.Conversation.Platform,
        ["conversation"] = message.Conversation.Id,
        ["message"] = message.MessageId,
    });

    public IReadOnlyList<MessageRef> Find(string ticketId, string kind) =>
    [
        .. posted.Find(Query.And(Query.EQ("ticket", ticketId), Query.EQ("kind", kind)))
            .Select(d => new MessageRef(new ConversationRef(d["platform"].AsString, d["conversation"].AsString), d["message"].AsString)),
    ];

    private static ILiteCollection<BsonDocument> Init(ILiteCollection<BsonDocument> collection)
    {
        collection.EnsureIndex("ticket");
        return collection;
    }
}
