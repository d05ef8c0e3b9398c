using LiteDB;
using Odp.Engine.Outbox;

namespace Odp.Engine.Storage.LiteDb;

/// <summary>
/// Moves what an earlier version owed in its two outboxes — <c>endings</c> (the parts of a revocation or expiry) and
/// <c>announcements</c> (a provisioning outcome's messages) — into the one outbox, in one transaction, the first time
/// this version opens the file. Nothing owed before an upgrade is lost.
/// </summary>
internal static class LiteDbLegacyOwed
{
    private static readonly IReadOnlyList<(string Part, OwedKind Kind)> EndingParts =
    [
        ("rules", OwedKind.ApplyGrants), ("server", OwedKind.ReleaseServer), ("workspace", OwedKind.UpdateWorkspace),
        ("notice", OwedKind.TellChange), ("rollout", OwedKind.FollowRollout),
    ];

    public static void Adopt(ILiteDatabase db, ILiteCollection<BsonDocument> outbox)
    {
        if (!db.CollectionExists("endings") && !db.CollectionExists("announcements")) return;
        var tickets = db.GetCollection("tickets");
        db.BeginTrans();
        try
        {
            foreach (var ending in db.GetCollection("endings").FindAll().ToList())
            {
                var parts = ending["parts"].AsArray.Select(v => v.AsString).ToHashSet(StringComparer.Ordinal);
                Owe(outbox, tickets, ending["_id"].AsString, [.. EndingParts.Where(p => parts.Contains(p.Part)).Select(p => p.Kind)]);
            }
            foreach (var owed in db.GetCollection("announcements").FindAll().ToList())
            {
                var id = owed["_id"].AsString;
                var state = tickets.FindById(id)?["state"].AsString;
                var sent = owed["sent"].AsArray.Select(v => v.AsString).ToHashSet(StringComparer.Ordinal);
                OwedKind[] kinds = state == "Active"
                    ? [.. new[] { ("change", OwedKind.TellChange), ("ready", OwedKind.TellReady) }.Where(m => !sent.Contains(m.Item1)).Select(m => m.Item2)]
                    : state == "Failed"
                        ? [OwedKind.ApplyGrants, .. new[] { ("progress", OwedKind.TellProgress), ("change", OwedKind.TellChange) }.Where(m => !sent.Contains(m.Item1)).Select(m => m.Item2)]
                        : [];
                Owe(outbox, tickets, id, kinds);
            }
            db.GetCollection("endings").DeleteAll();
            db.GetCollection("announcements").DeleteAll();
            db.Commit();
        }
        catch
        {
            db.Rollback();
            throw;
        }
        db.DropCollection("endings");
        db.DropCollection("announcements");
    }

    private static void Owe(ILiteCollection<BsonDocument> outbox, ILiteCollection<BsonDocument> tickets, string id, IReadOnlyList<OwedKind> kinds)
    {
        if (tickets.FindById(id) is not { } ticket) return;
        var events = ticket["events"].AsArray.Count;
        var at = new DateTimeOffset(ticket["events"].AsArray[events - 1].AsDocument["at"].AsInt64, TimeSpan.Zero);
        foreach (var kind in kinds)
            outbox.Insert(LiteDbOutbox.ToDocument(id, new OwedWork(kind, kind == OwedKind.TellChange ? events - 1 : -1), at));
    }
}
