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
        if (!SetsPoolSize(connection)) parsed.MaxPoolSize = DefaultPoolSize;
        services.AddSingleton(_ => Open(parsed));
        services.AddSingleton<ITicketStore, PostgresTicketStore>();
        services.AddSingleton<IOutbox, PostgresOutbox>();
        services.AddSingleton<IWorkspaceStore, PostgresWorkspaceStore>();
        services.AddSingleton<IPostedCardStore, PostgresPostedCardStore>();
        services.AddSingleton<IAuditLog, PostgresAuditLog>();
        services.AddSingleton<IGitOpsStateStore, PostgresGitOpsStateStore>();
        services.AddSingleton<ILeaseStore, PostgresLeaseStore>();
        services.AddSingleton<IStoreLock, PostgresStoreLock>();
        services.AddSingleton<IStoreProbe, PostgresStoreProbe>();
        services.AddSingleton<IDeliveryLog>(sp => new PostgresDeliveryLog(sp.GetRequiredService<NpgsqlDataSource>(), sp.GetRequiredService<TimeProvider>()));
    }

    /// <summary>
    /// Connections each replica opens at most, unless the connection string says (<c>Maximum Pool Size</c>): a burst
    /// of commands waits its turn for a connection instead of opening a server process each, so a few replicas stay
    /// well inside PostgreSQL's <c>max_connections</c> (100 by default).
    /// </summary>
    public const int DefaultPoolSize = 20;

    private static bool SetsPoolSize(string connection)
    {
        var keys = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connection }.Keys.Cast<string>();
        return keys.Any(k => k.Replace(" ", "", StringComparison.Ordinal).Equals("MaximumPoolSize", StringComparison.OrdinalIgnoreCase)
            || k.Replace(" ", "", StringComparison.Ordinal).Equals("MaxPoolSize", StringComparison.OrdinalIgnoreCase));
    }

    private static NpgsqlDataSource Open(NpgsqlConnectionStringBuilder connection)
    {
        var where = $"{StoreRegistration.PostgresSetting} (host {connection.Host}, port {connection.Port}, database {(string.IsNullOrEmpty(connection.Database) ? "named after the user" : connection.Database)})";
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
