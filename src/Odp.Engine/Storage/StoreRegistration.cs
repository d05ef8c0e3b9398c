using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Odp.Engine.Outbox;
using Odp.Engine.Storage.Audit;
using Odp.Engine.Storage.Leases;
using Odp.Engine.Storage.LiteDb;
using Odp.Engine.Storage.Locks;
using Odp.Engine.Storage.PostedCards;
using Odp.Engine.Storage.Postgres;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces;
using Odp.Engine.Workspaces.GitOps;

namespace Odp.Engine.Storage;

/// <summary>
/// The one storage port, on one of two stores: PostgreSQL when <c>Odp:Store:Postgres</c> holds a connection string
/// (any number of replicas may share it), else the LiteDB file under the data directory (one process).
/// </summary>
public static class StoreRegistration
{
    public const string PostgresSetting = "Odp:Store:Postgres";

    public static IServiceCollection AddOdpStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ReplicaIdentity>();
        if (configuration[PostgresSetting] is { Length: > 0 } connection)
        {
            PostgresRegistration.Add(services, connection);
            return services;
        }

        services.AddSingleton<OdpDatabase>();
        services.AddSingleton<ITicketStore, LiteDbTicketStore>();
        services.AddSingleton<IOutbox, LiteDbOutbox>();
        services.AddSingleton<IWorkspaceStore, LiteDbWorkspaceStore>();
        services.AddSingleton<IPostedCardStore, LiteDbPostedCardStore>();
        services.AddSingleton<IAuditLog, LiteDbAuditLog>();
        services.AddSingleton<IGitOpsStateStore, LiteDbGitOpsStateStore>();
        services.AddSingleton<ILeaseStore, ProcessLeaseStore>();
        services.AddSingleton<IStoreLock, ProcessStoreLock>();
        services.AddSingleton<IStoreProbe, LiteDbStoreProbe>();
        return services;
    }
}
