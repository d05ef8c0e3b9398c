using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Odp.Engine.Errors;
using Odp.Engine.Outbox;
using Odp.Engine.Storage.Audit;
using Odp.Engine.Storage.Deliveries;
using Odp.Engine.Storage.Leases;
using Odp.Engine.Storage.Locks;
using Odp.Engine.Storage.PostedCards;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces;
using Odp.Engine.Workspaces.GitOps;

namespace Odp.Engine.Storage.Postgres;

/// <summary>
/// Every store on the PostgreSQL database <c>Odp:Store:Postgres</c> names. The schema is created or upgraded the first
/// time the database is needed (at start, by <see cref="Hosting.EngineStartupCheck"/>); a database that can't be
/// reached or is from a newer version stops the host with a message naming the setting and the server, never the
/// password.
/// </summary>
internal static class PostgresRegistration
{
    public static void Add(IServiceCollection services, string connection)
    {
        NpgsqlConnectionStringBuilder parsed;
        try
        {
            parsed = new NpgsqlConnectionStringBuilder(connection);
        }
        catch (ArgumentException e)
        {
            throw new StartupException($"{StoreRegistration.PostgresSetting} is not a PostgreSQL connection string: {e.Message}");
        }
        services.AddSingleton(_ => Open(parsed));
        services.AddSingleton<ITicketStore, PostgresTicketStore>();
        services.AddSingleton<IOutbox, PostgresOutbox>();
        services.AddSingleton<IWorkspaceStore, PostgresWorkspaceStore>();
        services.AddSingleton<IPostedCardStore, PostgresPostedCardStore>();
        services.AddSingleton<IAuditLog, PostgresAuditLog>();
        services.AddSingleton<IGitOpsStateStore, PostgresGitOpsStateStore>();
        services.AddSingleton<ILeaseStore, PostgresLeaseStore>();
        services.AddSingleton<IStoreLock, PostgresStoreLock>();
        services.AddSingleton<IDeliveryLog>(sp => new PostgresDeliveryLog(sp.GetRequiredService<NpgsqlDataSource>(), sp.GetRequiredService<TimeProvider>()));
    }

    private static NpgsqlDataSource Open(NpgsqlConnectionStringBuilder connection)
    {
        var where = $"{StoreRegistration.PostgresSetting} (host {connection.Host}, port {connection.Port}, database {connection.Database})";
        var source = NpgsqlDataSource.Create(connection);
        try
        {
            PostgresSchema.MigrateAsync(source, CancellationToken.None).GetAwaiter().GetResult();
            return source;
        }
        catch (InvalidOperationException e)
        {
            source.Dispose();
            throw new StartupException(e.Message, e);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            source.Dispose();
            throw new StartupException($"Could not open the PostgreSQL database in {where}: {e.Message}", e);
        }
    }
}
