using Odp.Engine.Storage.LiteDb;
using Odp.Engine.Hosting;
using Odp.Engine.Storage;
using Odp.Engine.Tickets;

namespace Odp.Engine.Tests.Tickets;

/// <summary>A <see cref="LiteDbTicketStore"/> in a fresh temp data directory that is deleted on dispose.</summary>
internal sealed class TempTicketStore : IDisposable
{
    private readonly DataDirectory data = new(Path.Combine(Path.GetTempPath(), "odp-tests-" + Guid.NewGuid().ToString("N")));
    private OdpDatabase database;

    public TempTicketStore()
    {
        database = new OdpDatabase(data);
        Store = new LiteDbTicketStore(database);
    }

    public LiteDbTicketStore Store { get; private set; }

    /// <summary>Closes the database and opens it again, as a process restart would.</summary>
    public void Restart()
    {
        database.Dispose();
        database = new OdpDatabase(data);
        Store = new LiteDbTicketStore(database);
    }

    public Task<Ticket> CreateAsync(TicketState state = TicketState.Pending) =>
        Store.CreateAsync(id => TicketWalk.To(state, id), CancellationToken.None);

    public void Dispose()
    {
        database.Dispose();
        if (System.IO.Directory.Exists(data.Path)) System.IO.Directory.Delete(data.Path, recursive: true);
    }
}
