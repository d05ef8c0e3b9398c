using Odp.Engine.Tickets;

namespace Odp.Engine.Tests.Tickets;

/// <summary>Creates tickets in a given state (<see cref="TicketWalk"/>) in an engine's own store.</summary>
internal sealed class TicketStoreView(ITicketStore store)
{
    public ITicketStore Store => store;

    public Task<Ticket> CreateAsync(TicketState state = TicketState.Pending) =>
        store.CreateAsync(id => TicketWalk.To(state, id), CancellationToken.None);
}
