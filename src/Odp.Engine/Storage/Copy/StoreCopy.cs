using LiteDB;
using Npgsql;
using Odp.Engine.Errors;
using Odp.Engine.Storage.Audit;
using Odp.Engine.Storage.LiteDb;
using Odp.Engine.Storage.Postgres;
using Odp.Engine.Tickets;

namespace Odp.Engine.Storage.Copy;

/// <summary>
/// <c>odp store copy</c>: copies an embedded installation (the LiteDB file of a data directory) into a PostgreSQL
/// database — every ticket exactly as it is (id, version, events, steps) with the work it owes, in one transaction per
/// ticket; the ticket counter, so new ids follow the copied ones; workspaces and the names their groups hold; posted
/// cards; the audit; GitOps state. Leases and deliveries are transient and not copied. What PostgreSQL already holds
/// is never overwritten, so running the copy again copies nothing; a record PostgreSQL holds differently is reported
/// as a conflict and left as it is there. Reads the LiteDB file through its stores, opened as OpenDataPlane opens them
/// (they bring a file of an earlier version up to date first, as starting this version would).
/// </summary>
public sealed class StoreCopy(OdpDatabase source, NpgsqlDataSource target)
{
    /// <summary>
    /// Copies the installation in the folder <paramref name="from"/> into the PostgreSQL database
    /// <paramref name="toPostgres"/> names, creating or upgrading its schema first. Anything wrong with either (no
    /// <see cref="OdpDatabase.FileName"/> there, the file in use, a bad connection string, an unreachable server) is a
    /// <see cref="StartupException"/>, <see cref="IOException"/> or <see cref="FileNotFoundException"/> whose message
    /// says what to fix and never holds the password.
    /// </summary>
    public static async Task<StoreCopyReport> RunAsync(string from, string toPostgres, CancellationToken cancellationToken)
    {
        var connection = Parse(toPostgres);
        var where = $"PostgreSQL database {connection.Database ?? "(default)"} on {connection.Host}:{connection.Port}";
        using var source = OdpDatabase.OpenExisting(from);
        await using var database = await OpenAsync(connection, where, cancellationToken);
        try
        {
            return await new StoreCopy(source, database).CopyAsync(cancellationToken);
        }
        catch (LiteException e)
        {
            throw new StartupException($"Could not read {Path.Combine(Path.GetFullPath(from), OdpDatabase.FileName)}: {e.Message}", e);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw new StartupException(
                $"The copy to the {where} stopped: {e.Message} What it copied stays; running the copy again copies the rest.", e);
        }
    }

    /// <summary>Copies everything the LiteDB file holds into the PostgreSQL database, which must be migrated (<see cref="PostgresSchema"/>).</summary>
    public async Task<StoreCopyReport> CopyAsync(CancellationToken cancellationToken)
    {
        var conflicts = new List<string>();
        var (tickets, owed, owedWithoutTicket) = await CopyTicketsAsync(conflicts, cancellationToken);
        var (workspaces, names) = await CopyWorkspacesAsync(conflicts, cancellationToken);
        return new StoreCopyReport(
            tickets, owed, workspaces, names,
            await CopyPostedCardsAsync(cancellationToken),
            await CopyAuditAsync(cancellationToken),
            await CopyGitOpsAsync(cancellationToken),
            conflicts,
            owedWithoutTicket);
    }

    private async Task<(CopyCount Tickets, CopyCount Owed, int OwedWithoutTicket)> CopyTicketsAsync(List<string> conflicts, CancellationToken cancellationToken)
    {
        var from = new LiteDbTicketStore(source);
        var outbox = new LiteDbOutbox(source);
        var to = new PostgresTicketStore(target);
        var tickets = new Tally();
        var owed = new Tally();
        foreach (var ticket in await from.QueryAsync(new TicketQuery(), cancellationToken))
        {
            var items = await outbox.OwedByAsync(ticket.Id, cancellationToken);
            var stored = await to.ImportAsync(ticket.Data, items, cancellationToken);
            tickets.Add(stored is null);
            owed.Add(stored is null, items.Count);
            if (stored is not null && !Same(stored, ticket.Data))
            {
                conflicts.Add(stored.Version == ticket.Data.Version
                    ? $"{ticket.Id}: PostgreSQL holds another ticket of that id at the same version {stored.Version}; left as it is there"
                    : $"{ticket.Id}: version {stored.Version} in PostgreSQL, {ticket.Data.Version} in {OdpDatabase.FileName}; left as it is in PostgreSQL");
            }
        }

        await to.RaiseCounterAsync(from.LastNumber(), cancellationToken);
        return (tickets.Count, owed.Count, await outbox.CountAsync(cancellationToken) - owed.Count.Total);
    }

    private async Task<(CopyCount Workspaces, CopyCount Names)> CopyWorkspacesAsync(List<string> conflicts, CancellationToken cancellationToken)
    {
        var from = new LiteDbWorkspaceStore(source);
        var to = new PostgresWorkspaceStore(target);
        var workspaces = new Tally();
        foreach (var workspace in await from.ListAsync(cancellationToken)) workspaces.Add(await to.ImportAsync(workspace, cancellationToken));

        var names = new Tally();
        foreach (var (name, group) in from.ClaimedNames())
        {
            var inTheWay = await to.ImportNameAsync(name, group, cancellationToken);
            names.Add(inTheWay is null);
            if (inTheWay is not { } held || held == (name, group)) continue;
            conflicts.Add(held.Name == name
                ? $"workspace name {name}: held by group {held.GroupKey} in PostgreSQL, by group {group} in {OdpDatabase.FileName}; left as it is in PostgreSQL"
                : $"workspace name {name} of group {group}: the group holds {held.Name} in PostgreSQL; left as it is there");
        }

        return (workspaces.Count, names.Count);
    }

    private async Task<CopyCount> CopyPostedCardsAsync(CancellationToken cancellationToken)
    {
        var to = new PostgresPostedCardStore(target);
        var cards = new Tally();
        foreach (var (ticket, kind, card) in new LiteDbPostedCardStore(source).All())
            cards.Add(await to.ImportAsync(ticket, kind, card, cancellationToken));
        return cards.Count;
    }

    /// <summary>Entries have no id of their own: the n-th of identical entries is copied unless PostgreSQL holds n of them.</summary>
    private async Task<CopyCount> CopyAuditAsync(CancellationToken cancellationToken)
    {
        var to = new PostgresAuditLog(target);
        var entries = new Tally();
        var seen = new Dictionary<AuditEntry, int>();
        foreach (var entry in await new LiteDbAuditLog(source).LatestAsync(int.MaxValue, cancellationToken))
        {
            seen[entry] = seen.GetValueOrDefault(entry) + 1;
            entries.Add(await to.ImportAsync(entry, seen[entry], cancellationToken));
        }
        return entries.Count;
    }

    private async Task<CopyCount> CopyGitOpsAsync(CancellationToken cancellationToken)
    {
        var to = new PostgresGitOpsStateStore(target);
        var states = new Tally();
        foreach (var state in new LiteDbGitOpsStateStore(source).All()) states.Add(await to.ImportAsync(state, cancellationToken));
        return states.Count;
    }

    private static bool Same(TicketData a, TicketData b) =>
        a.Events.SequenceEqual(b.Events) && a.Steps.SequenceEqual(b.Steps) && a with { Events = b.Events, Steps = b.Steps } == b;

    private static NpgsqlConnectionStringBuilder Parse(string connection)
    {
        NpgsqlConnectionStringBuilder parsed;
        try
        {
            parsed = new NpgsqlConnectionStringBuilder(connection);
        }
        catch (ArgumentException e)
        {
            throw new StartupException($"The target is not a PostgreSQL connection string: {e.Message}");
        }
        return string.IsNullOrWhiteSpace(parsed.Host)
            ? throw new StartupException("The target PostgreSQL connection string names no server (Host=…).")
            : parsed;
    }

    private static async Task<NpgsqlDataSource> OpenAsync(NpgsqlConnectionStringBuilder connection, string where, CancellationToken cancellationToken)
    {
        NpgsqlDataSource? database = null;
        try
        {
            database = NpgsqlDataSource.Create(connection);
            await PostgresSchema.MigrateAsync(database, cancellationToken);
            return database;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or ArgumentException or InvalidOperationException)
        {
            if (database is not null) await database.DisposeAsync();
            var why = e.InnerException is { } inner && !e.Message.Contains(inner.Message, StringComparison.Ordinal) ? $" ({inner.Message})" : "";
            throw new StartupException(e is InvalidOperationException ? e.Message : $"Could not open the {where}: {e.Message}{why}", e);
        }
    }

    /// <summary>Counts records copied and records already there.</summary>
    private sealed class Tally
    {
        private int copied;
        private int there;

        public CopyCount Count => new(copied, there);

        public void Add(bool copiedThem, int count = 1)
        {
            if (copiedThem) copied += count;
            else there += count;
        }
    }
}
