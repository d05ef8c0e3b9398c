using LiteDB;
using Odp.Engine.Hosting;
using Odp.Engine.Outbox;
using Odp.Engine.Storage;
using Odp.Engine.Storage.LiteDb;
using Odp.Engine.Tests.Integrations.Trino;
using Odp.Engine.Tests.Tickets;
using Odp.Engine.Tickets;

namespace Odp.Engine.Tests.Storage.LiteDb;

/// <summary>A data file from the version with two outboxes keeps everything it owed after the upgrade.</summary>
public sealed class LiteDbLegacyOwedTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Open_EndingsAndAnnouncementsFromTheLastVersion_OwedInTheOneOutboxInOrder()
    {
        var data = new DataDirectory(temp.Path);
        using (var old = new OdpDatabase(data))
        {
            var store = new LiteDbTicketStore(old);
            await store.CreateAsync(id => TicketWalk.To(TicketState.Revoked, id), None);
            await store.CreateAsync(id => TicketWalk.To(TicketState.Active, id), None);
            var db = old.Database;
            db.GetCollection("outbox").DeleteAll();
            db.GetCollection("endings").Insert(new BsonDocument { ["_id"] = "ODP-1", ["parts"] = new BsonArray("rules", "notice", "rollout"), ["attempts"] = 2 });
            db.GetCollection("announcements").Insert(new BsonDocument { ["_id"] = "ODP-2", ["sent"] = new BsonArray("change") });
        }

        using var database = new OdpDatabase(data);
        var outbox = new LiteDbOutbox(database);

        Assert.Equal([OwedKind.ApplyGrants, OwedKind.TellChange, OwedKind.FollowRollout], (await outbox.OwedByAsync("ODP-1", None)).Select(i => i.Kind));
        Assert.Equal([OwedKind.TellReady], (await outbox.OwedByAsync("ODP-2", None)).Select(i => i.Kind));
        var revoked = (await new LiteDbTicketStore(database).FindAsync("ODP-1", None))!.Data;
        Assert.Equal(revoked.Events.Count - 1, (await outbox.OwedByAsync("ODP-1", None))[1].Event);
        Assert.False(database.Database.CollectionExists("endings"));
        Assert.False(database.Database.CollectionExists("announcements"));
    }
}
