using Microsoft.Extensions.DependencyInjection;
using Odp.Engine.Tickets;

namespace Odp.Bot.Tests.Fakes;

public static class ServiceProviderExtensions
{
    public static async Task<TicketData?> GetTicketOrNull(this IServiceProvider services, string id) =>
        (await services.GetRequiredService<ITicketStore>().FindAsync(id, CancellationToken.None))?.Data;
}
