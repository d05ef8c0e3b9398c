using Odp.Engine.Tickets;

namespace Odp.Engine.Tests.Telemetry;

/// <summary>A ticket store that counts how often its states were counted (the gauges' read).</summary>
internal sealed class CountingTicketStore(ITicketStore inner) : ITicketStore
{
    private int counts;

    public int Counts => Volatile.Read(ref counts);

    public Task<Ticket> CreateAsync(Func<string, Ticket> open, CancellationToken cancellationToken) => inner.CreateAsync(open, cancellationToken);

    public Task<Ticket?> FindAsync(string id, CancellationToken cancellationToken) => inner.FindAsync(id, cancellationToken);

    public Task SaveAsync(Ticket ticket, CancellationToken cancellationToken) => inner.SaveAsync(ticket, cancellationToken);

    public Task<IReadOnlyList<Ticket>> QueryAsync(TicketQuery query, CancellationToken cancellationToken) => inner.QueryAsync(query, cancellationToken);

    public Task<IReadOnlyDictionary<TicketState, int>> CountByStateAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref counts);
        return inner.CountByStateAsync(cancellationToken);
    }
}
