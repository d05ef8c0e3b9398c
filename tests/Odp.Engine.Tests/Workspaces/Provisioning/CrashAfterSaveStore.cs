using Odp.Engine.Storage.LiteDb;
using Microsoft.Extensions.DependencyInjection;
using Odp.Engine.Tickets;

namespace Odp.Engine.Tests.Workspaces.Provisioning;

/// <summary>
/// The ticket store, with the process dying right after it stored a ticket in <paramref name="state"/>: the write
/// holds, nothing after it runs.
/// </summary>
internal sealed class CrashAfterSaveStore(ITicketStore inner, TicketState state, CrashingNotifier power) : ITicketStore
{
    public Task<Ticket> CreateAsync(Func<string, Ticket> open, CancellationToken cancellationToken) => inner.CreateAsync(open, cancellationToken);

    public Task<Ticket?> FindAsync(string id, CancellationToken cancellationToken) => inner.FindAsync(id, cancellationToken);

    public Task<IReadOnlyList<Ticket>> QueryAsync(TicketQuery query, CancellationToken cancellationToken) => inner.QueryAsync(query, cancellationToken);

    public Task<IReadOnlyDictionary<TicketState, int>> CountByStateAsync(CancellationToken cancellationToken) => inner.CountByStateAsync(cancellationToken);

    public async Task SaveAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        await inner.SaveAsync(ticket, cancellationToken);
        if (ticket.State != state) return;
        power.Crash();
        throw new OperationCanceledException(power.Power);
    }

    /// <summary>Puts the crashing store in front of the LiteDB one.</summary>
    public static void Register(IServiceCollection services, TicketState state, CrashingNotifier power) =>
        Register<LiteDbTicketStore>(services, state, power);

    /// <summary>Puts the crashing store in front of a <typeparamref name="TStore"/> (the store the settings select).</summary>
    public static void Register<TStore>(IServiceCollection services, TicketState state, CrashingNotifier power)
        where TStore : class, ITicketStore
    {
        services.AddSingleton<TStore>();
        services.AddSingleton<ITicketStore>(sp => new CrashAfterSaveStore(sp.GetRequiredService<TStore>(), state, power));
    }
}
