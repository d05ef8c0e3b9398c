using LiteDB;
using Odp.Engine.Storage.Audit;

namespace Odp.Engine.Storage.LiteDb;

/// <summary><see cref="IAuditLog"/> in the data directory's LiteDB file (collection <c>audit</c>).</summary>
public sealed class LiteDbAuditLog(OdpDatabase database) : IAuditLog
{
    public const string Collection = "audit";

    private readonly ILiteCollection<BsonDocument> audit = database.Database.GetCollection(Collection);

    public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        audit.Insert(new BsonDocument
        {
            ["at"] = entry.At.UtcDateTime,
            ["what"] = entry.What,
            ["before"] = entry.Before,
            ["after"] = entry.After,
        });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditEntry>> LatestAsync(int count, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AuditEntry>>(
        [
            .. audit.Find(Query.All("_id", Query.Descending), limit: Math.Max(0, count))
                .Reverse()
                .Select(d => new AuditEntry(
                    new DateTimeOffset(DateTime.SpecifyKind(d["at"].AsDateTime.ToUniversalTime(), DateTimeKind.Utc)),
                    d["what"].AsString, d["before"].AsString, d["after"].AsString)),
        ]);
}
