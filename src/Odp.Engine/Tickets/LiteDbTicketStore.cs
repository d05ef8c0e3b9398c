using LiteDB;
using Odp.Engine.Storage;

namespace Odp.Engine.Tickets;

/// <summary>Tickets in the data directory's LiteDB file, one document each, events embedded.</summary>
public sealed class LiteDbTicketStore : ITicketStore
{
    private const string Collection = "tickets";
    private const string Counters = "counters";
    private readonly ILiteDatabase db;
    private readonly ILiteCollection<BsonDocument> tickets;
    private readonly Lock idGate = new();

    public LiteDbTicketStore(OdpDatabase database)
    {
        db = database.Database;
        tickets = db.GetCollection(Collection);
        tickets.EnsureIndex("state");
        tickets.EnsureIndex("user");
        tickets.EnsureIndex("number");
    }

    public Task<Ticket> CreateAsync(Func<string, Ticket> open, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (idGate)
        {
            var counters = db.GetCollection(Counters);
            var counter = counters.FindById("tickets") ?? new BsonDocument { ["_id"] = "tickets", ["next"] = 1L };
            var number = counter["next"].AsInt64;
            var ticket = open(TicketIds.Format(number));
            counter["next"] = number + 1;
            db.BeginTrans();
            try
            {
                counters.Upsert(counter);
                tickets.Insert(TicketBson.ToDocument(ticket.Data with { Version = 1 }));
                db.Commit();
            }
            catch
            {
                db.Rollback();
                throw;
            }
            return Task.FromResult(Ticket.Restore(ticket.Data with { Version = 1 }));
        }
    }

    public Task<Ticket?> FindAsync(string id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!TicketIds.TryNormalize(id, out var normal)) return Task.FromResult<Ticket?>(null);
        var doc = tickets.FindById(normal);
        return Task.FromResult(doc is null ? null : Ticket.Restore(TicketBson.FromDocument(doc)));
    }

    public Task SaveAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (idGate)
        {
            var stored = tickets.FindById(ticket.Id) ?? throw new InvalidOperationException($"{ticket.Id} was never created.");
            if (stored["version"].AsInt32 != ticket.Data.Version) throw new ConcurrentTicketUpdateException(ticket.Id);
            var next = ticket.Data with { Version = ticket.Data.Version + 1 };
            tickets.Update(TicketBson.ToDocument(next));
            ticket.MarkSaved(next.Version);
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Ticket>> QueryAsync(TicketQuery query, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var q = tickets.Query();
        if (query.States is { Count: > 0 } states)
            q = q.Where(Query.In("state", new BsonArray(states.Select(s => new BsonValue(s.ToString())))));
        var found = q.OrderBy("number").ToEnumerable()
            .Select(TicketBson.FromDocument)
            .Where(t => query.User is null || string.Equals(t.User, query.User, StringComparison.OrdinalIgnoreCase))
            .Where(t => query.Dataset is null || string.Equals(t.Dataset, query.Dataset, StringComparison.OrdinalIgnoreCase))
            .Where(t => query.Workspace is null || string.Equals(t.Workspace, query.Workspace, StringComparison.OrdinalIgnoreCase))
            .Select(Ticket.Restore)
            .ToList();
        return Task.FromResult<IReadOnlyList<Ticket>>(found);
    }
}
