using LiteDB;
using Odp.Engine.Tickets;
using Odp.Engine.Outbox;

namespace Odp.Engine.Storage.LiteDb;

/// <summary>
/// Tickets in the data directory's LiteDB file, one document each, events and steps embedded; the work a change owes
/// goes into the <c>outbox</c> collection in the same transaction (<see cref="LiteDbOutbox"/>).
/// </summary>
public sealed class LiteDbTicketStore : ITicketStore
{
    private const string Collection = "tickets";
    private const string Counters = "counters";
    private readonly ILiteDatabase db;
    private readonly ILiteCollection<BsonDocument> tickets;
    private readonly ILiteCollection<BsonDocument> outbox;
    private readonly Lock idGate = new();

    public LiteDbTicketStore(OdpDatabase database)
    {
        db = database.Database;
        outbox = LiteDbOutbox.Collection(db);
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
            InTransaction(() =>
            {
                counters.Upsert(counter);
                tickets.Insert(TicketBson.ToDocument(ticket.Data with { Version = 1 }));
                AddOwed(ticket);
            });
            ticket.MarkSaved(1);
            return Task.FromResult(ticket);
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
            InTransaction(() =>
            {
                tickets.Update(TicketBson.ToDocument(next));
                AddOwed(ticket);
            });
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

    public Task<IReadOnlyDictionary<TicketState, int>> CountByStateAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var counts = new Dictionary<TicketState, int>();
        foreach (var state in Enum.GetValues<TicketState>())
        {
            var count = tickets.Count(Query.EQ("state", state.ToString()));
            if (count > 0) counts[state] = count;
        }
        return Task.FromResult<IReadOnlyDictionary<TicketState, int>>(counts);
    }

    /// <summary>The number of the last ticket id handed out (0 when none was).</summary>
    internal long LastNumber() => db.GetCollection(Counters).FindById("tickets") is { } counter ? counter["next"].AsInt64 - 1 : 0;

    private void AddOwed(Ticket ticket)
    {
        foreach (var work in ticket.Owed) outbox.Insert(LiteDbOutbox.ToDocument(ticket.Id, work, ticket.Data.Events[^1].At));
    }

    /// <summary>LiteDB's transactions belong to the calling thread: nothing in <paramref name="write"/> awaits.</summary>
    private void InTransaction(Action write)
    {
        db.BeginTrans();
        try
        {
            write();
            db.Commit();
        }
        catch
        {
            db.Rollback();
            throw;
        }
    }
}
