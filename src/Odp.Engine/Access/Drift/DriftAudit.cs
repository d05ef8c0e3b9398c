using LiteDB;
using Odp.Engine.Storage;

namespace Odp.Engine.Access.Drift;

/// <summary>The LiteDB <c>audit</c> collection: when, what, and a before/after summary of each repair.</summary>
public sealed class DriftAudit(OdpDatabase database)
{
    public const string Collection = "audit";

    private readonly ILiteCollection<BsonDocument> _audit = database.Database.GetCollection(Collection);

    public void Record(DateTimeOffset at, string what, string before, string after) => _audit.Insert(new BsonDocument
    {
        ["at"] = at.UtcDateTime,
        ["what"] = what,
        ["before"] = before,
        ["after"] = after,
    });
}
