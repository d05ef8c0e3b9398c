using Odp.Engine.Errors;
using Odp.Engine.Outbox;

namespace Odp.Engine.Tickets;

/// <summary>
/// The one way to change a stored ticket: load it, change it through its intent methods, and store it with its new
/// events and the work it owes in one write that only succeeds if nobody stored it meanwhile (compare-and-swap on its
/// version). When somebody did — another click, another replica — the change runs again on the ticket as now stored,
/// up to <see cref="MaxAttempts"/> times, so the loser of a race sees the winner's decision ("already approved by …").
/// Once stored, what the change owes is done at once (<see cref="OutboxDrain.DrainTicketAsync"/>).
/// </summary>
public sealed class TicketGate(ITicketStore store, OutboxDrain outbox)
{
    /// <summary>How many times a change is tried against a ticket others keep changing before the person is asked to retry.</summary>
    public const int MaxAttempts = 5;

    public async Task<T> ChangeAsync<T>(string id, Func<Ticket, Task<T>> change, CancellationToken cancellationToken)
    {
        var normal = TicketIds.Require(id);
        for (var attempt = 1; ; attempt++)
        {
            var ticket = await store.FindAsync(normal, cancellationToken) ?? throw NoSuchTicket(normal);
            var before = ticket.Data;
            var result = await change(ticket);
            if (ReferenceEquals(before, ticket.Data) && ticket.Owed.Count == 0) return result;
            try
            {
                await store.SaveAsync(ticket, cancellationToken);
            }
            catch (ConcurrentTicketUpdateException) when (attempt < MaxAttempts)
            {
                continue;
            }
            catch (ConcurrentTicketUpdateException)
            {
                throw new UnavailableException(
                    $"{normal} was changed by others {MaxAttempts} times while this change was being made (TicketGate.MaxAttempts); "
                    + "nothing was changed. Try again in a moment.", TimeSpan.FromSeconds(1));
            }
            await outbox.DrainTicketAsync(normal, cancellationToken);
            return result;
        }
    }

    /// <summary>The refusal for a ticket id nobody filed, for every use case that looks one up.</summary>
    public static NotFoundException NoSuchTicket(string id) =>
        new($"There is no ticket {id}. List your tickets to find its id.");

    public Task ChangeAsync(string id, Action<Ticket> change, CancellationToken cancellationToken) =>
        ChangeAsync(id, t => { change(t); return Task.FromResult(true); }, cancellationToken);
}
