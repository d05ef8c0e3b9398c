using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Odp.Engine.Catalog;
using Odp.Engine.Directory;
using Odp.Engine.Tickets;

namespace Odp.Engine.Hosting;

/// <summary>Loads the catalog, the directory and the ticket store at start, so a bad file stops the host with its message.</summary>
public sealed class EngineStartupCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<ICatalog>();
        services.GetRequiredService<IDirectory>();
        services.GetRequiredService<ITicketStore>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
